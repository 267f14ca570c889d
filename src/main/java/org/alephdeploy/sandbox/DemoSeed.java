package org.alephdeploy.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alephdeploy.message.ContentWriter;
import org.alephdeploy.message.ItemType;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.KeyPairSigner;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageDraft;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.Payment;
import org.alephdeploy.sandbox.store.MessageRow;
import java.util.function.Supplier;
import org.alephdeploy.message.ItemHashes;

/**
 * The demo content of {@code --seed demo}: real messages signed with the public Anvil/Hardhat keys
 * #0 ({@value #ACCOUNT_0}) and #1 ({@value #ACCOUNT_1}), processed through the normal pipeline, with
 * fixed times (so the same hashes every time; re-seeding is a no-op). Channel {@value #CHANNEL}.
 *
 * <table>
 * <caption>What the demo holds (names are {@code metadata.name})</caption>
 * <tr><th>name</th><th>type</th><th>owner</th><th>what it shows</th></tr>
 * <tr><td>{@value #WEB_API_CODE}</td><td>STORE</td><td>#0</td><td>code root, with one revision ({@value #WEB_API_CODE_V2})</td></tr>
 * <tr><td>{@value #STATIC_SITE_CODE}</td><td>STORE</td><td>#0</td><td>code used pinned</td></tr>
 * <tr><td>{@value #WORKER_CODE}</td><td>STORE</td><td>#0</td><td>code of the amend chain</td></tr>
 * <tr><td>{@value #ASSETS_VOLUME}</td><td>STORE</td><td>#0</td><td>volume with 2 revisions ({@value #ASSETS_VOLUME_REV1}, {@value
 *     #ASSETS_VOLUME_REV2}), followed latest</td></tr>
 * <tr><td>{@value #CONFIG_VOLUME}</td><td>STORE</td><td>#0</td><td>volume used pinned</td></tr>
 * <tr><td>{@value #SHARED_VOLUME}</td><td>STORE</td><td>#0</td><td>volume used by two programs of #0 and by #1's program</td></tr>
 * <tr><td>{@value #OLD_API_CODE}</td><td>STORE</td><td>#0</td><td>code of the forgotten program (no live user)</td></tr>
 * <tr><td>{@value #PARTNER_CODE}</td><td>STORE</td><td>#1</td><td>code of account #1's program</td></tr>
 * <tr><td>{@value #WEB_API}</td><td>PROGRAM</td><td>#0</td><td>allow_amend true; code follows latest; assets follows latest; config pinned;
 *     shared-data follows latest</td></tr>
 * <tr><td>{@value #STATIC_SITE}</td><td>PROGRAM</td><td>#0</td><td>allow_amend false; code pinned; shared-data pinned</td></tr>
 * <tr><td>{@value #WORKER}</td><td>PROGRAM</td><td>#0</td><td>original of an amend chain (allow_amend true)</td></tr>
 * <tr><td>{@value #WORKER_AMEND_1}</td><td>PROGRAM</td><td>#0</td><td>{@code replaces} the original, 2 vCPU</td></tr>
 * <tr><td>{@value #WORKER_AMEND_2}</td><td>PROGRAM</td><td>#0</td><td>{@code replaces} amend 1 (strict mode: replaces the original, since strict
 *     forbids amending an amend)</td></tr>
 * <tr><td>{@value #PARTNER_APP}</td><td>PROGRAM</td><td>#1</td><td>uses #0's shared-data volume (follows latest)</td></tr>
 * <tr><td>{@value #OLD_API}</td><td>PROGRAM</td><td>#0</td><td>forgotten by a FORGET of #0 (reason "demo: retired")</td></tr>
 * </table>
 * Every program uses the official runtime ({@link BaseSeed#RUNTIME_HASH}, follows latest).
 *
 * <p>The files are real and the programs boot on the sandbox's compute node ({@code --run-programs}):
 * each code STORE is a zip holding an ASGI {@code main.py} (Python standard library only) that answers
 * {@code GET /} with a page naming the program, its code version and the {@code content.txt} of each of
 * its volumes; each volume is a small squashfs image holding that {@code content.txt}. They are shipped
 * under {@code demo/} next to this class and rebuilt by {@code scripts/demo-seed-files.sh}.
 *
 * <p><b>Exactly one example is broken on purpose</b>, so the inventory's "will not start" marker and its
 * fix have something to show: {@value #ASSETS_VOLUME_REV2} is a zip ({@value #BROKEN_FILE}), the classic
 * zipped-folder-as-volume mistake. {@value #WEB_API} follows the latest assets revision, so it is the one
 * program that will not start ({@code volume-not-squashfs}); every other program boots. Uploading the
 * folder again as a squashfs revision (update-volume) fixes it.
 */
public final class DemoSeed {
    public static final String ACCOUNT_0 = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    public static final String ACCOUNT_1 = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    public static final String CHANNEL = "ALEPH-DEPLOY-DEMO";
    public static final String WEB_API_CODE = "web-api code";
    public static final String WEB_API_CODE_V2 = "web-api code v2 (revision)";
    public static final String STATIC_SITE_CODE = "static-site code";
    public static final String WORKER_CODE = "worker code";
    public static final String ASSETS_VOLUME = "assets volume (2 revisions)";
    public static final String ASSETS_VOLUME_REV1 = "assets volume revision 1";
    public static final String ASSETS_VOLUME_REV2 = "assets volume revision 2";
    public static final String CONFIG_VOLUME = "config volume (used pinned)";
    public static final String SHARED_VOLUME = "shared-data volume (used by 3 programs, 2 accounts)";
    public static final String OLD_API_CODE = "old-api code";
    public static final String PARTNER_CODE = "partner-app code";
    public static final String WEB_API = "web-api (updatable, code follows latest)";
    public static final String STATIC_SITE = "static-site (immutable, code pinned)";
    public static final String WORKER = "worker (amend chain: original)";
    public static final String WORKER_AMEND_1 = "worker (amend chain: amend 1)";
    public static final String WORKER_AMEND_2 = "worker (amend chain: amend 2)";
    public static final String PARTNER_APP = "partner-app (account #1, uses account #0's shared-data volume)";
    public static final String OLD_API = "old-api (forgotten)";

    /** The one deliberately broken demo file: a zip posted as revision 2 of the assets volume. */
    public static final String BROKEN_FILE = "assets-rev2.zip";

    static final String KEY_0 = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    static final String KEY_1 = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
    private static final long T0 = 1_767_000_000L;

    private DemoSeed() {
    }

    /** One demo message with its file bytes (STORE) and expected final status. */
    public record Item(String name, Message message, byte[] file, String expectedStatus) {
    }

    /** The demo messages in submission order (deterministic for a given mode). */
    public static List<Item> items(boolean strict) {
        KeyPairSigner a = KeyPairSigner.fromHex(KEY_0);
        KeyPairSigner b = KeyPairSigner.fromHex(KEY_1);
        List<Item> out = new ArrayList<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        int[] tick = {0};
        Supplier<BigDecimal> time = () -> BigDecimal.valueOf(T0 + 10L * tick[0]++).setScale(1);

        store(out, hashes, a, time.get(), WEB_API_CODE, null, "web-api-v1.zip");
        store(out, hashes, a, time.get(), WEB_API_CODE_V2, hashes.get(WEB_API_CODE), "web-api-v2.zip");
        store(out, hashes, a, time.get(), STATIC_SITE_CODE, null, "static-site.zip");
        store(out, hashes, a, time.get(), WORKER_CODE, null, "worker.zip");
        store(out, hashes, a, time.get(), ASSETS_VOLUME, null, "assets-v0.squashfs");
        store(out, hashes, a, time.get(), ASSETS_VOLUME_REV1, hashes.get(ASSETS_VOLUME), "assets-v1.squashfs");
        store(out, hashes, a, time.get(), ASSETS_VOLUME_REV2, hashes.get(ASSETS_VOLUME), BROKEN_FILE);
        store(out, hashes, a, time.get(), CONFIG_VOLUME, null, "config.squashfs");
        store(out, hashes, a, time.get(), SHARED_VOLUME, null, "shared.squashfs");
        store(out, hashes, a, time.get(), OLD_API_CODE, null, "old-api.zip");
        store(out, hashes, b, time.get(), PARTNER_CODE, null, "partner-app.zip");

        program(out, hashes, a, time.get(), WEB_API, true, hashes.get(WEB_API_CODE), true, null, 1,
                volume("/opt/assets", hashes.get(ASSETS_VOLUME), true),
                volume("/etc/app", hashes.get(CONFIG_VOLUME), false),
                volume("/data", hashes.get(SHARED_VOLUME), true));
        program(out, hashes, a, time.get(), STATIC_SITE, false, hashes.get(STATIC_SITE_CODE), false, null, 1,
                volume("/data", hashes.get(SHARED_VOLUME), false));
        program(out, hashes, a, time.get(), WORKER, true, hashes.get(WORKER_CODE), true, null, 1);
        program(out, hashes, a, time.get(), WORKER_AMEND_1, true, hashes.get(WORKER_CODE), true, hashes.get(WORKER), 2);
        program(out, hashes, a, time.get(), WORKER_AMEND_2, true, hashes.get(WORKER_CODE), true,
                strict ? hashes.get(WORKER) : hashes.get(WORKER_AMEND_1), 2);
        program(out, hashes, b, time.get(), PARTNER_APP, false, hashes.get(PARTNER_CODE), true, null, 1,
                volume("/shared", hashes.get(SHARED_VOLUME), true));
        program(out, hashes, a, time.get(), OLD_API, true, hashes.get(OLD_API_CODE), true, null, 1);
        ObjectNode forget = ContentWriter.forget(ACCOUNT_0, time.get(), List.of(hashes.get(OLD_API)), "demo: retired");
        Message f = MessageDraft.inline(MessageType.FORGET, CHANNEL, forget).sign(a);
        out.add(new Item("forget " + OLD_API, f, null, MessageRow.PROCESSED));
        out.replaceAll(i -> i.name().equals(OLD_API) ? new Item(i.name(), i.message(), null, MessageRow.FORGOTTEN) : i);
        return out;
    }

    private static void store(List<Item> out, Map<String, String> hashes, KeyPairSigner signer, BigDecimal time,
            String name, String ref, String resource) {
        byte[] file = file(resource);
        ObjectNode metadata = Json.object().put("name", name);
        ObjectNode content = ContentWriter.store(signer.address(), time, ItemType.STORAGE,
                ItemHashes.sha256Hex(file), ref, metadata, new Payment("ETH", null, Payment.HOLD));
        Message m = MessageDraft.inline(MessageType.STORE, CHANNEL, content).sign(signer);
        hashes.put(name, m.itemHash());
        out.add(new Item(name, m, file, MessageRow.PROCESSED));
    }

    /** The bytes of one demo file, shipped under {@code demo/} next to this class. */
    static byte[] file(String resource) {
        try (InputStream in = DemoSeed.class.getResourceAsStream("demo/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("demo/" + resource + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode volume(String mount, String ref, boolean useLatest) {
        ObjectNode v = Json.object();
        v.put("comment", mount.substring(1) + " volume");
        v.put("mount", mount);
        v.put("ref", ref);
        v.put("use_latest", useLatest);
        return v;
    }

    private static void program(List<Item> out, Map<String, String> hashes, KeyPairSigner signer, BigDecimal time,
            String name, boolean allowAmend, String code, boolean codeLatest, String replaces, int vcpus,
            ObjectNode... volumes) {
        ObjectNode c = Json.object();
        c.put("address", signer.address());
        c.put("time", time);
        c.put("allow_amend", allowAmend);
        c.putObject("metadata").put("name", name);
        c.putArray("authorized_keys");
        c.putObject("variables").put("APP", name.split(" ")[0]);
        ObjectNode env = c.putObject("environment");
        env.put("reproducible", false).put("internet", true).put("aleph_api", true).put("shared_cache", false);
        c.putObject("resources").put("vcpus", vcpus).put("memory", 256 * vcpus).put("seconds", 30);
        c.set("payment", new Payment("ETH", null, Payment.HOLD).toJson());
        ArrayNode vols = c.putArray("volumes");
        for (ObjectNode v : volumes) {
            vols.add(v);
        }
        if (replaces != null) {
            c.put("replaces", replaces);
        }
        c.put("type", "vm-function");
        c.putObject("code").put("encoding", "zip").put("entrypoint", "main:app").put("ref", code).put("use_latest", codeLatest);
        c.putObject("runtime").put("ref", BaseSeed.RUNTIME_HASH).put("use_latest", true).put("comment", "Official runtime");
        c.putObject("on").put("http", true).put("persistent", false);
        Message m = MessageDraft.inline(MessageType.PROGRAM, CHANNEL, ContentWriter.canonicalProgram(c)).sign(signer);
        hashes.put(name, m.itemHash());
        out.add(new Item(name, m, null, MessageRow.PROCESSED));
    }

    /** Submits every demo message in order and waits for each (already-seeded messages are skipped). */
    static void apply(SandboxNode node) {
        for (Item item : items(node.options().strict())) {
            if (item.file() != null) {
                node.putFile(item.file());
            }
            MessageRow row = node.submitAndWait(item.message(), Duration.ofSeconds(30));
            if (!row.is(MessageRow.PROCESSED) && !row.is(MessageRow.FORGOTTEN)) {
                throw new IllegalStateException("demo message '" + item.name() + "' ended " + row.status()
                        + " (error " + row.errorCode() + ", " + row.detailsJson() + ")");
            }
        }
    }
}
