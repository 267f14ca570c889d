package org.alephdeploy.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.alephdeploy.message.ContentWriter;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.ItemType;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.KeyPairSigner;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageDraft;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.Payment;
import org.web3j.crypto.ECKeyPair;

/**
 * Signed messages shaped like the project's fixtures (STORE files and revisions, a canonical
 * PROGRAM, FORGET, a security AGGREGATE, a POST with non-ASCII text), built in memory with
 * throw-away keys derived from a fixed seed, so every run measures the same bytes.
 */
public final class MessageCorpus {
    private final List<KeyPairSigner> signers = new ArrayList<>();
    private final List<Message> messages = new ArrayList<>();

    private MessageCorpus() {
    }

    public static MessageCorpus build() {
        MessageCorpus corpus = new MessageCorpus();
        Random random = new Random(20260101L);
        for (int k = 0; k < 2; k++) {
            corpus.signers.add(new KeyPairSigner(ECKeyPair.create(new BigInteger(250, random).add(BigInteger.ONE))));
        }
        for (int round = 0; round < 4; round++) {
            corpus.addRound(round, random);
        }
        return corpus;
    }

    private void addRound(int round, Random random) {
        KeyPairSigner owner = signers.get(round % 2);
        String a = owner.address();
        BigDecimal t0 = new BigDecimal(1_767_225_600L + round * 100L).setScale(1);
        Payment hold = new Payment("ETH", null, Payment.HOLD);

        Message code = sign(owner, MessageType.STORE, ContentWriter.store(a, t0, ItemType.STORAGE, fileHash(random), null, null, hold));
        Message runtime = sign(owner, MessageType.STORE, ContentWriter.store(a, t0.add(BigDecimal.ONE), ItemType.STORAGE,
                fileHash(random), null, null, hold));
        Message pin = sign(owner, MessageType.STORE, ContentWriter.store(a, t0.add(new BigDecimal("2")), ItemType.IPFS,
                "QmYULJoNGPDmoRq4WNWTDTUvJGJv1hosox8H6vVd1kCsY8", null, null, null));
        Message program = sign(owner, MessageType.PROGRAM, program(a, t0.add(BigDecimal.TEN), code.itemHash(), runtime.itemHash(),
                pin.itemHash()));
        Message revision = sign(owner, MessageType.STORE, ContentWriter.store(a, t0.add(new BigDecimal("20.5")), ItemType.STORAGE,
                fileHash(random), code.itemHash(), null, hold));
        ObjectNode auth = Json.object();
        auth.putArray("authorizations").addObject().put("address", signers.get((round + 1) % 2).address())
                .set("types", Json.array().add("STORE").add("PROGRAM"));
        Message security = sign(owner, MessageType.AGGREGATE, ContentWriter.aggregate(a, t0.add(new BigDecimal("30.25")),
                "security", auth));
        ObjectNode body = Json.object().put("body", "h\u00e9llo w\u00f6rld \u2603 \ud83d\ude80 #" + round);
        Message post = sign(owner, MessageType.POST, ContentWriter.post(a, t0.add(new BigDecimal("40.125")), "note", body, null));
        Message forget = sign(owner, MessageType.FORGET, ContentWriter.forget(a, t0.add(new BigDecimal("50")),
                List.of(program.itemHash(), revision.itemHash()), "User deletion"));
        messages.addAll(List.of(code, runtime, pin, program, revision, security, post, forget));
    }

    private static ObjectNode program(String address, BigDecimal time, String code, String runtime, String volume) {
        ObjectNode c = Json.object();
        c.put("address", address);
        c.put("time", time);
        c.put("allow_amend", true);
        c.putObject("metadata").put("name", "bench-program");
        c.putArray("authorized_keys");
        c.putObject("variables").put("GREETING", "hello");
        c.putObject("environment").put("internet", true).put("aleph_api", true);
        c.putObject("resources").put("memory", 256).put("seconds", 30);
        c.putObject("payment").put("chain", "ETH").put("type", Payment.HOLD);
        c.putArray("volumes").addObject().put("comment", "pinned data").put("mount", "/data").put("ref", volume)
                .put("use_latest", false);
        c.putObject("code").put("encoding", "zip").put("entrypoint", "main:app").put("ref", code).put("use_latest", true);
        c.putObject("runtime").put("ref", runtime).put("comment", "bench runtime");
        c.putObject("on").put("http", true).put("persistent", false);
        return ContentWriter.canonicalProgram(c);
    }

    private static Message sign(KeyPairSigner signer, MessageType type, ObjectNode content) {
        return MessageDraft.inline(type, "TEST", content).sign(signer);
    }

    private static String fileHash(Random random) {
        byte[] bytes = new byte[64];
        random.nextBytes(bytes);
        return ItemHashes.sha256Hex(bytes);
    }

    public List<Message> messages() {
        return List.copyOf(messages);
    }

    public List<KeyPairSigner> signers() {
        return List.copyOf(signers);
    }

    /** Each message as a node's single-message answer would hold it: wire fields plus node fields. */
    public List<String> envelopeTexts() {
        List<String> out = new ArrayList<>();
        for (Message m : messages) {
            ObjectNode env = m.toWire();
            env.set("content", m.content());
            env.put("confirmed", false);
            env.putArray("confirmations");
            env.put("size", m.itemContent().length());
            out.add(Json.compact(env));
        }
        return out;
    }
}
