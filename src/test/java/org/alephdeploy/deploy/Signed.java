package org.alephdeploy.deploy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.alephdeploy.message.ContentWriter;
import org.alephdeploy.message.Fixtures;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.ItemType;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.KeyPairSigner;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageDraft;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.Payment;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Real signed messages for deploy tests, made with the public Anvil test keys. */
public final class Signed {
    public static final KeyPairSigner KEY0 = KeyPairSigner.fromHex("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    public static final KeyPairSigner KEY1 = KeyPairSigner.fromHex("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
    public static final KeyPairSigner KEY2 = KeyPairSigner.fromHex("0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804e8ab365a");
    public static final String A = KEY0.address();
    public static final String B = KEY1.address();
    public static final String C = KEY2.address();
    public static final String CHANNEL = "TEST";

    private Signed() {
    }

    public static String fileHash(String text) {
        return ItemHashes.sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    public static Message sign(KeyPairSigner signer, MessageType type, ObjectNode content) {
        return MessageDraft.inline(type, CHANNEL, content).sign(signer);
    }

    /** A STORE of the file with text {@code fileText}, owned by the signer. */
    public static Message store(KeyPairSigner signer, long time, String fileText, String ref, String name) {
        ObjectNode meta = null;
        if (name != null) {
            meta = Json.object();
            meta.put("name", name);
        }
        return sign(signer, MessageType.STORE, ContentWriter.store(signer.address(), BigDecimal.valueOf(time).setScale(1),
                ItemType.STORAGE, fileHash(fileText), ref, meta, new Payment("ETH", null, "hold")));
    }

    /** The same signed message with another envelope time (the envelope time is not signed). */
    public static Message withEnvelopeTime(Message m, long time) {
        ObjectNode env = m.envelope();
        env.put("time", BigDecimal.valueOf(time).setScale(1));
        return Message.of(env);
    }

    /** A program content builder with the fields tests vary. */
    public static final class ProgramSpec {
        public String owner;
        public long time;
        public boolean allowAmend;
        public String name = "app";
        public String codeRef;
        public boolean codeLatest = true;
        public String encoding = "zip";
        public String runtimeRef;
        public boolean runtimeLatest = true;
        public String volumeRef;
        public boolean volumeLatest = true;
        public String replaces;
        public int vcpus = 1;
        public int memory = 256;

        public ObjectNode content() {
            ObjectNode c = Json.object();
            c.put("address", owner);
            c.put("time", BigDecimal.valueOf(time).setScale(1));
            c.put("allow_amend", allowAmend);
            c.putObject("metadata").put("name", name);
            c.putArray("authorized_keys");
            c.putObject("variables").put("GREETING", "hello");
            ObjectNode res = c.putObject("resources");
            res.put("vcpus", vcpus);
            res.put("memory", memory);
            res.put("seconds", 30);
            c.set("payment", new Payment("ETH", null, "hold").toJson());
            ArrayNode volumes = c.putArray("volumes");
            if (volumeRef != null) {
                ObjectNode v = volumes.addObject();
                v.put("mount", "/data");
                v.put("ref", volumeRef);
                v.put("use_latest", volumeLatest);
            }
            if (replaces != null) {
                c.put("replaces", replaces);
            }
            ObjectNode code = c.putObject("code");
            code.put("encoding", encoding);
            code.put("entrypoint", "main:app");
            code.put("ref", codeRef);
            code.put("use_latest", codeLatest);
            ObjectNode rt = c.putObject("runtime");
            rt.put("ref", runtimeRef);
            rt.put("use_latest", runtimeLatest);
            rt.put("comment", "runtime");
            c.putObject("on").put("http", true);
            return ContentWriter.canonicalProgram(c);
        }
    }

    public static Message program(KeyPairSigner signer, ProgramSpec spec) {
        if (spec.owner == null) {
            spec.owner = signer.address();
        }
        return sign(signer, MessageType.PROGRAM, spec.content());
    }

    /** A synthetic fixture message by number, e.g. 4 → synthetic-04-program.json. */
    public static Message synthetic(int number) {
        try (var files = Files.list(Fixtures.dir().resolve("synthetic"))) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(String.format("synthetic-%02d-", number)))
                    .findFirst().orElseThrow();
            return Message.parse(Files.readString(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
