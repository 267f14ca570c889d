package org.alephdeploy.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.alephdeploy.ccn.AddressCosts;
import org.alephdeploy.ccn.Balance;
import org.alephdeploy.ccn.Cancellation;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.ccn.NodeError;
import org.alephdeploy.ccn.StorageLimits;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.load.InventoryCache;
import org.alephdeploy.deploy.load.InventoryLoader;
import org.alephdeploy.deploy.load.InventoryService;
import org.alephdeploy.deploy.outcome.OperationSummary;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.deploy.pack.FolderUse;
import org.alephdeploy.deploy.plan.Funds;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.deploy.plan.NodeLimits;
import org.alephdeploy.deploy.plan.PaymentCutoffs;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.PlanContext;
import org.alephdeploy.deploy.plan.PlanResult;
import org.alephdeploy.deploy.plan.Planner;
import org.alephdeploy.deploy.plan.Pricing;
import org.alephdeploy.deploy.run.Backups;
import org.alephdeploy.deploy.run.Journal;
import org.alephdeploy.deploy.run.LocalArtifacts;
import org.alephdeploy.deploy.run.Operation;
import org.alephdeploy.deploy.run.PlanRunner;
import org.alephdeploy.deploy.run.RunListener;
import org.alephdeploy.deploy.run.RunSettings;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageSigner;
import org.alephdeploy.message.Times;

/**
 * The deployment engine that the command line and the desktop service layer share: inventory
 * (loaded, cached, refreshed incrementally), plans with a context read from the node, runs through
 * the journal, and the journal's operations (list, show, resume, abandon). Blocking and
 * thread-safe; no JavaFX. One engine talks to one network (one {@link CcnClient}).
 */
public final class Engine {
    /** The channel of new messages that have no predecessor to copy one from (the aleph CLI's default). */
    public static final String DEFAULT_CHANNEL = "ALEPH-CLOUDSOLUTIONS";
    /** The owner of the network's pricing aggregate (docs/PROTOCOL.md P-4.7). */
    public static final String PRICING_OWNER = "0xFba561a84A537fCaa567bb7A2257e7142701ae2A";

    private final CcnClient client;
    private final String network;
    private final InventoryService inventories;
    private final PlanRunner runner;
    private final Supplier<BigDecimal> clock;
    private final PaymentCutoffs cutoffs;
    private final String defaultChannel;

    private Engine(Builder b) {
        this.client = b.client;
        this.network = b.network;
        this.clock = b.clock;
        this.cutoffs = b.cutoffs;
        this.defaultChannel = b.defaultChannel;
        Journal journal = new Journal(b.journalDir);
        this.inventories = new InventoryService(new InventoryLoader(client, network, clock),
                new InventoryCache(b.cacheDir), this::trackedHashes, b.refreshMargin);
        this.runner = new PlanRunner(client, journal, new Backups(b.backupDir), b.runSettings, inventories::refresh, clock,
                b.cutoffs);
    }

    /**
     * @param client    the node client (its nodes are the network)
     * @param network   a name for the network, used to key the cache and the journal (e.g. mainnet, sandbox)
     * @param dataDir   the app's data directory: {@code journal/} and {@code backups/} go under it
     * @param cacheDir  the app's cache directory: {@code inventory/} goes under it
     */
    public static Builder builder(CcnClient client, String network, Path dataDir, Path cacheDir) {
        return new Builder(client, network, dataDir, cacheDir);
    }

    public String network() {
        return network;
    }

    public CcnClient client() {
        return client;
    }

    // ---- inventory

    /**
     * The inventory of {@code address}: with {@code refresh} what changed on the node since the
     * cached one is fetched and merged (everything on the first load); without it the cached one
     * is returned as it is when there is one (see {@link Inventory#age}).
     */
    public Inventory inventory(String address, boolean refresh) {
        return refresh ? inventories.refresh(address) : inventories.cachedOrFetch(address);
    }

    /** Everything fetched again from the node (no incremental refresh). */
    public Inventory inventoryFull(String address) {
        return inventories.full(address);
    }

    /** The cached inventory only, for an offline view; empty when never loaded. */
    public Optional<Inventory> cachedInventory(String address) {
        return inventories.cached(address);
    }

    // ---- plan

    /**
     * Measures a file or folder to upload (streamed SHA-256, size, encoding, what was left out); a
     * folder is packed deterministically for {@code use} (a volume: squashfs; code: a zip up to
     * the inline limit, else squashfs).
     */
    public static LocalArtifact measure(Path path, FolderUse use) throws IOException {
        return LocalArtifacts.measure(path, use);
    }

    /**
     * What the planner needs, read from the node now: a refreshed inventory of {@code address},
     * the upload limits, the owner's balance and credits, the prices, the time and the cutoffs.
     */
    public PlanContext context(String address, String signingAddress, boolean watchOnly) {
        Inventory inv = inventories.refresh(address);
        return new PlanContext(inv, signingAddress, watchOnly, limits(), funds(address), pricing(), clock.get(), cutoffs,
                defaultChannel);
    }

    /** Plans {@code intent} on {@code address}'s inventory, to be signed by {@code signingAddress}. */
    public PlanResult plan(Intent intent, String address, String signingAddress) {
        return plan(intent, address, signingAddress, false);
    }

    /**
     * Plans {@code intent}; {@code watchOnly} when the signing account has no key (the planner then
     * refuses changes). When the intent names something the refreshed inventory lacks, the
     * inventory is fetched again in full first.
     */
    public PlanResult plan(Intent intent, String address, String signingAddress, boolean watchOnly) {
        PlanContext ctx = context(address, signingAddress, watchOnly);
        PlanResult r = Planner.plan(intent, ctx);
        if (r instanceof Plan p) {
            return new NodeEstimates(client).price(p, ctx);
        }
        if (intent.named().stream().allMatch(h -> known(ctx.inventory(), h))) {
            return r;
        }
        // an incremental refresh misses messages signed with an old time: look again from scratch
        Inventory full = inventories.full(address);
        PlanContext fullCtx = new PlanContext(full, ctx.signingAddress(), ctx.watchOnly(), ctx.limits(), ctx.funds(),
                ctx.pricing(), ctx.now(), ctx.cutoffs(), ctx.defaultChannel());
        PlanResult again = Planner.plan(intent, fullCtx);
        return again instanceof Plan p ? new NodeEstimates(client).price(p, fullCtx) : again;
    }

    private static boolean known(Inventory inv, String hash) {
        return inv.program(hash).isPresent() || inv.store(hash).isPresent();
    }

    /** Plans on a context built beforehand (e.g. to plan several intents on one inventory). */
    public PlanResult plan(Intent intent, PlanContext context) {
        return Planner.plan(intent, context);
    }

    private NodeLimits limits() {
        StorageLimits l = client.limits();
        NodeLimits d = NodeLimits.defaults();
        return new NodeLimits(l.storageMaxFileSize() == null ? d.maxStorageFileBytes() : l.storageMaxFileSize(),
                l.ipfsMaxUploadSize() == null ? 0 : l.ipfsMaxUploadSize());
    }

    /** The owner's balance and credits, and what it already holds and spends ({@code /api/v0/costs}, else the balance's locked amount). */
    private Funds funds(String address) {
        Balance b = client.balance(address);
        Optional<AddressCosts> hold = costs(address, "hold");
        Optional<AddressCosts> credit = costs(address, "credit");
        BigDecimal locked = hold.map(AddressCosts::totalHold).orElse(zero(b.lockedAmount()));
        return new Funds(zero(b.balance()), locked, zero(b.creditBalance()), credit.map(AddressCosts::totalCredit).orElse(BigDecimal.ZERO));
    }

    /** What {@code address} has and pays now: balance, held ALEPH, credits, credits per hour, runway, each message's cost. */
    public Spending spending(String address) {
        return Spending.of(client.balance(address), costs(address, "hold"), costs(address, "credit"));
    }

    /** {@code /api/v0/costs} for one payment type; empty when the node has no such endpoint or cannot answer it. */
    public Optional<AddressCosts> costs(String address, String paymentType) {
        try {
            return client.costs(address, paymentType);
        } catch (NodeError e) {
            return Optional.empty();
        }
    }

    private static BigDecimal zero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    /** The network's pricing aggregate, with the reference node's defaults for what it lacks. */
    private Pricing pricing() {
        JsonNode p = client.aggregates(PRICING_OWNER, "pricing").map(a -> a.data().path("pricing")).orElse(null);
        return Pricing.fromAggregate(p);
    }

    // ---- run

    /**
     * Runs {@code plan} (made for {@code address}'s inventory) through the journal, signing with
     * {@code signer}, to its verified end or the first stop; the outcome says which and what to do.
     */
    public RunOutcome apply(Plan plan, String address, MessageSigner signer, RunListener listener, Cancellation cancellation) {
        try {
            return runner.run(plan, network, address, signer, listener, cancellation);
        } catch (IOException e) {
            throw journalFailure(e);
        }
    }

    /** The journal's operations on this engine's network. */
    public Operations journal() {
        return new Operations();
    }

    /** List, show, resume and abandon the operations of the journal. */
    public final class Operations {
        private Operations() {
        }

        /** Every operation, newest first (all networks; each summary names its network). */
        public List<OperationSummary> list() {
            try {
                return runner.list();
            } catch (IOException e) {
                throw journalFailure(e);
            }
        }

        /** One operation in words: status, steps done and remaining, what is on the node, how to go back. */
        public RunOutcome show(String id) {
            try {
                return runner.describe(id);
            } catch (IOException e) {
                throw journalFailure(e);
            }
        }

        /** The operation's records as they are in the journal. */
        public Operation records(String id) {
            try {
                return runner.load(id);
            } catch (IOException e) {
                throw journalFailure(e);
            }
        }

        public RunOutcome resume(String id, MessageSigner signer, RunListener listener, Cancellation cancellation) {
            try {
                Operation op = runner.load(id);
                if (!network.equals(op.network())) {
                    throw new IllegalArgumentException("Operation " + id + " ran on network " + op.network() + ", not on "
                            + network + ". Resume it against the same node (--node).");
                }
                return runner.resume(id, signer, listener, cancellation);
            } catch (IOException e) {
                throw journalFailure(e);
            }
        }

        public RunOutcome abandon(String id) {
            try {
                return runner.abandon(id);
            } catch (IOException e) {
                throw journalFailure(e);
            }
        }
    }

    /** Hashes of the messages this app signed for {@code address} on this network (their statuses are tracked). */
    private Collection<String> trackedHashes(String address) {
        Set<String> out = new LinkedHashSet<>();
        try {
            List<String> ids = runner.journal().operations();
            for (String id : ids.subList(0, Math.min(ids.size(), 100))) {
                try {
                    Operation op = runner.load(id);
                    if (network.equals(op.network()) && address.equals(op.address())) {
                        for (Message m : op.signed().values()) {
                            out.add(m.itemHash());
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // a damaged journal is reported by 'journal list'; it tracks nothing here
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return new ArrayList<>(out);
    }

    private static UncheckedIOException journalFailure(IOException e) {
        return new UncheckedIOException("The journal cannot be read or written (" + e.getMessage() + "). Check that the data "
                + "directory is writable and has free space; nothing more was sent.", e);
    }

    /** Configures an {@link Engine}. */
    public static final class Builder {
        private final CcnClient client;
        private final String network;
        private final Path journalDir;
        private final Path backupDir;
        private final Path cacheDir;
        private RunSettings runSettings = RunSettings.defaults();
        private Duration refreshMargin = Duration.ofMinutes(10);
        private Supplier<BigDecimal> clock = Times::now;
        private PaymentCutoffs cutoffs = PaymentCutoffs.mainnet();
        private String defaultChannel = DEFAULT_CHANNEL;

        private Builder(CcnClient client, String network, Path dataDir, Path cacheDir) {
            this.client = Objects.requireNonNull(client);
            this.network = Objects.requireNonNull(network);
            this.journalDir = dataDir.resolve("journal");
            this.backupDir = dataDir.resolve("backups");
            this.cacheDir = cacheDir.resolve("inventory");
        }

        public Builder runSettings(RunSettings s) {
            runSettings = Objects.requireNonNull(s);
            return this;
        }

        /** How far before the last fetch an incremental refresh starts looking (default 10 min). */
        public Builder refreshMargin(Duration d) {
            refreshMargin = Objects.requireNonNull(d);
            return this;
        }

        public Builder clock(Supplier<BigDecimal> c) {
            clock = Objects.requireNonNull(c);
            return this;
        }

        public Builder cutoffs(PaymentCutoffs c) {
            cutoffs = Objects.requireNonNull(c);
            return this;
        }

        public Builder defaultChannel(String channel) {
            defaultChannel = Objects.requireNonNull(channel);
            return this;
        }

        public Engine build() {
            return new Engine(this);
        }
    }
}
