package org.alephdeploy.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.alephdeploy.message.ContentWriter;
import org.alephdeploy.message.ItemType;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.KeyPairSigner;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageDraft;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.Payment;
import org.alephdeploy.sandbox.BaseSeed;
import org.web3j.crypto.ECKeyPair;

/**
 * Signs the messages the node benchmarks send: STOREs (originals and revisions), POSTs and
 * PROGRAMs shaped like the demo seed's, with throw-away keys derived from fixed seeds and content
 * times that step forward from a fixed origin, so the same benchmark builds the same hashes on
 * every run (the listing benchmark's cache relies on that).
 */
final class BenchMessages {
    static final String CHANNEL = "ALEPH-DEPLOY-BENCH";
    private static final Payment HOLD = new Payment("ETH", null, Payment.HOLD);

    private BigDecimal time;
    private final BigDecimal step = new BigDecimal("0.001");

    /** Content times start at {@code originSeconds} and grow by 1 ms a message. */
    BenchMessages(long originSeconds) {
        this.time = BigDecimal.valueOf(originSeconds).setScale(3);
    }

    /** A throw-away key, the same for the same seed. */
    static KeyPairSigner signer(long seed) {
        return new KeyPairSigner(ECKeyPair.create(new BigInteger(250, new Random(seed)).add(BigInteger.ONE)));
    }

    private BigDecimal nextTime() {
        time = time.add(step);
        return time;
    }

    Message store(KeyPairSigner signer, String fileHash, String ref, String name) {
        ObjectNode metadata = Json.object().put("name", name);
        ObjectNode content = ContentWriter.store(signer.address(), nextTime(), ItemType.STORAGE, fileHash, ref, metadata, HOLD);
        return MessageDraft.inline(MessageType.STORE, CHANNEL, content).sign(signer);
    }

    Message post(KeyPairSigner signer, int n) {
        ObjectNode body = Json.object().put("body", "bench note #" + n + " h\u00e9llo \u2603").put("n", n);
        return MessageDraft.inline(MessageType.POST, CHANNEL, ContentWriter.post(signer.address(), nextTime(), "bench-note",
                body, null)).sign(signer);
    }

    /** A vm-function PROGRAM on the seeded runtime whose code is the STORE message {@code codeRef}. */
    Message program(KeyPairSigner signer, String codeRef, String name) {
        ObjectNode c = Json.object();
        c.put("address", signer.address());
        c.put("time", nextTime());
        c.put("allow_amend", false);
        c.putObject("metadata").put("name", name);
        c.putArray("authorized_keys");
        c.putObject("variables").put("APP", name);
        c.putObject("environment").put("reproducible", false).put("internet", true).put("aleph_api", true)
                .put("shared_cache", false);
        c.putObject("resources").put("vcpus", 1).put("memory", 256).put("seconds", 30);
        c.set("payment", HOLD.toJson());
        c.putArray("volumes");
        c.put("type", "vm-function");
        c.putObject("code").put("encoding", "zip").put("entrypoint", "main:app").put("ref", codeRef).put("use_latest", true);
        c.putObject("runtime").put("ref", BaseSeed.RUNTIME_HASH).put("use_latest", true).put("comment", "Official runtime");
        c.putObject("on").put("http", true).put("persistent", false);
        return MessageDraft.inline(MessageType.PROGRAM, CHANNEL, ContentWriter.canonicalProgram(c)).sign(signer);
    }
}
