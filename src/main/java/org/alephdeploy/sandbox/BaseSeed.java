package org.alephdeploy.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.alephdeploy.message.CanonicalJson;
import org.alephdeploy.message.Json;
import org.alephdeploy.sandbox.rules.BalanceMode;
import org.alephdeploy.sandbox.rules.PriceTable;
import org.alephdeploy.sandbox.store.AggregateTable;
import org.alephdeploy.sandbox.store.Balances;
import org.alephdeploy.sandbox.store.Database;
import org.alephdeploy.sandbox.store.FileStore;
import org.alephdeploy.sandbox.store.FileTable;
import org.alephdeploy.sandbox.store.Messages;
import org.alephdeploy.sandbox.store.Meta;
import java.io.UncheckedIOException;

/**
 * What every sandbox holds (idempotent): the official runtime STORE, the pricing aggregate and the
 * funded test accounts.
 *
 * <p>The real runtime message is not available offline, so the STORE row under the official hash
 * {@value #RUNTIME_HASH} is a stand-in: a tiny real squashfs image (a README, not a root file
 * system; made once with mksquashfs and shipped as {@code runtime.squashfs}) so the compute node's
 * runtime rule is checked like any other, an inline content whose sha256 is <em>not</em> that hash,
 * no signature, written directly as processed (it never goes through the pipeline). Its owner is
 * the address pyaleph's own tests use for this hash ({@value #RUNTIME_OWNER}); the real owner is not
 * known here. A data directory seeded with the old text placeholder (seed version 1) gets the image.
 */
public final class BaseSeed {
    public static final String RUNTIME_HASH = "63f07193e6ee9d207b7d1fcf8286f9aee34e6f12f101d2ec77c1229f92964696";
    public static final String RUNTIME_OWNER = "0x101d8D16372dBf5f1614adaE95Ee5CCE61998Fc9";
    public static final String PRICING_OWNER = PriceTable.OWNER;
    /** Public Anvil/Hardhat keys #0, #1, #2 and the peer harness's default test address. */
    public static final List<String> FUNDED = List.of(
            "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
            "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
            "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC",
            "0xa48d08B23E9786E17ad6A20E167FcfDc4F303C49");
    static final byte[] RUNTIME_BYTES = runtimeImage();
    private static final double RUNTIME_TIME = 1_700_000_000.0;
    private static final BigDecimal RUNTIME_TIME_JSON = new BigDecimal("1700000000.0");
    private static final String VERSION = "2";

    private BaseSeed() {
    }

    static void apply(Database db, FileStore files) throws IOException {
        FileStore.Stored runtime = files.put(RUNTIME_BYTES);
        db.tx(c -> {
            String seeded = Meta.get(c, "seed.base").orElse(null);
            if (VERSION.equals(seeded)) {
                return null;
            }
            ObjectNode content = Json.object();
            content.put("address", RUNTIME_OWNER);
            content.put("time", RUNTIME_TIME_JSON);
            content.put("item_type", "storage");
            content.put("item_hash", runtime.sha256());
            ObjectNode metadata = content.putObject("metadata");
            metadata.put("name", "Official runtime (sandbox stand-in)");
            String itemContent = CanonicalJson.write(content);
            ObjectNode env = Json.object();
            env.put("chain", "ETH");
            env.put("sender", RUNTIME_OWNER);
            env.put("type", "STORE");
            env.put("channel", "ALEPH-CLOUDSOLUTIONS");
            env.put("time", RUNTIME_TIME_JSON);
            env.put("item_type", "inline");
            env.put("item_content", itemContent);
            env.put("item_hash", RUNTIME_HASH);
            env.putNull("signature");
            Messages.upsertPending(c, RUNTIME_HASH, "STORE", "ETH", RUNTIME_OWNER, "ALEPH-CLOUDSOLUTIONS", RUNTIME_TIME,
                    "inline", Json.compact(env), RUNTIME_TIME);
            if (seeded != null) {
                try (var ps = c.prepareStatement("UPDATE messages SET envelope = ? WHERE item_hash = ?")) {
                    ps.setString(1, Json.compact(env));
                    ps.setString(2, RUNTIME_HASH);
                    ps.executeUpdate();
                }
                FileTable.removeMessagePin(c, RUNTIME_HASH);
            }
            Messages.markProcessed(c, RUNTIME_HASH, new Messages.Processed(itemContent, RUNTIME_OWNER, null, null, null,
                    runtime.sha256(), "hold", null, itemContent.length()));
            FileTable.upsertFile(c, runtime.sha256(), runtime.sha256(), runtime.size(), RUNTIME_TIME);
            FileTable.addMessagePin(c, runtime.sha256(), RUNTIME_HASH, RUNTIME_OWNER, null, RUNTIME_TIME);
            FileTable.setTag(c, RUNTIME_HASH, RUNTIME_OWNER, runtime.sha256(), RUNTIME_TIME);
            if (seeded == null) {
                AggregateTable.seed(c, PRICING_OWNER, "pricing", pricing(), RUNTIME_TIME);
                for (String a : FUNDED) {
                    Balances.seed(c, a, BalanceMode.SEED_ALEPH, BalanceMode.SEED_CREDITS);
                }
            }
            Meta.put(c, "seed.base", VERSION);
            return null;
        });
    }

    private static byte[] runtimeImage() {
        try (var in = BaseSeed.class.getResourceAsStream("runtime.squashfs")) {
            if (in == null) {
                throw new IllegalStateException("runtime.squashfs is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The network's pricing aggregate: its real owner and key with the reference node's default
     * prices. The sandbox cannot sign as that owner, so the merged aggregate is written directly
     * (seed data, no AGGREGATE message behind it).
     */
    static ObjectNode pricing() {
        return PriceTable.defaultAggregate();
    }
}
