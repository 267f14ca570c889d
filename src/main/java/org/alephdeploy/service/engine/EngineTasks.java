package org.alephdeploy.service.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import org.alephdeploy.deploy.pack.FolderUse;
import org.alephdeploy.deploy.Engine;
import org.alephdeploy.deploy.PlanOutOfDateException;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.outcome.OperationSummary;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.PlanResult;
import org.alephdeploy.deploy.plan.Refusal;
import org.alephdeploy.deploy.run.Operation;
import org.alephdeploy.message.MessageSigner;
import java.util.concurrent.Callable;

/**
 * Makes the JavaFX tasks over the engine of the current network for the current account. Making
 * a task does nothing; the caller hands it to the worker pool. Every task blocks only its worker.
 */
public final class EngineTasks {
    private final Supplier<Engine> engine;
    private final SignerAccess account;
    private volatile Rehearsals rehearsals;

    /** @param engine the engine of the network the window shows now (looked up when a task starts) */
    public EngineTasks(Supplier<Engine> engine, SignerAccess account) {
        this.engine = Objects.requireNonNull(engine);
        this.account = Objects.requireNonNull(account);
    }

    public SignerAccess account() {
        return account;
    }

    /** Offers "Rehearse first" with these rehearsals; without them it is never offered. */
    public EngineTasks rehearseWith(Rehearsals rehearsals) {
        this.rehearsals = Objects.requireNonNull(rehearsals);
        return this;
    }

    /** The network a rehearsal would copy from; empty when rehearsals are not offered (none set, or the window shows the sandbox). */
    public Optional<String> rehearsalSource() {
        Rehearsals r = rehearsals;
        return r == null ? Optional.empty() : r.realNetwork();
    }

    /** The file size cap of the next rehearsal, as last used this session (the command line's default at first). */
    public long rehearsalMaxFileSize() {
        Rehearsals r = rehearsals;
        return r == null ? Rehearsals.DEFAULT_MAX_FILE_SIZE : r.maxFileSize();
    }

    /** A rehearsal of {@code intent} on a local copy of the current account's state, to run on a worker. */
    public RehearseRun rehearse(Intent intent) {
        Rehearsals r = rehearsals;
        if (r == null) {
            throw new IllegalStateException("Rehearsals are not offered here.");
        }
        return new RehearseRun(r, account, intent);
    }

    /** The inventory of the current account: fetched and merged when {@code refresh}, else the cached one. */
    public Task<Inventory> inventory(boolean refresh) {
        return task(() -> engine.get().inventory(address(), refresh));
    }

    /** Measures {@code artifactOrNull} (when given; a folder packed as code), reads the context from the node, plans. */
    public PlanTask plan(Path artifactOrNull, IntentRecipe recipe) {
        return plan(artifactOrNull, FolderUse.CODE, recipe);
    }

    /** Measures {@code artifactOrNull} (when given; a folder packed for {@code use}), reads the context, plans. */
    public PlanTask plan(Path artifactOrNull, FolderUse use, IntentRecipe recipe) {
        return new PlanTask(engine, account, artifactOrNull, use, recipe);
    }

    /**
     * Plans on the calling thread (a worker): measures {@code artifactOrNull}, reads the context,
     * plans; {@code words} hears which of them it is doing. Blocking.
     */
    public Planned planNow(Path artifactOrNull, FolderUse use, IntentRecipe recipe, Consumer<String> words) throws Exception {
        return PlanTask.plan(engine, account, artifactOrNull, use, recipe, words, () -> Thread.currentThread().isInterrupted());
    }

    /** Unlocks the account; the password array is wiped when the task ends, whatever happens. */
    public Task<MessageSigner> unlock(char[] password) {
        return new Task<>() {
            @Override
            protected MessageSigner call() throws Exception {
                try {
                    return account.unlock(password);
                } finally {
                    Arrays.fill(password, '\0');
                }
            }
        };
    }

    /**
     * Runs the reviewed plan with the unlocked signer, only if what it would sign now is what was
     * reviewed: the intent is planned again on the node's current state, for the current account
     * and network, and its digest must equal the reviewed one. Fails at once when the account is
     * locked, and with {@link PlanOutOfDateException} (nothing signed) when anything changed.
     */
    public RunTask apply(Planned reviewed) {
        Plan plan = Objects.requireNonNull(reviewed.plan(), "a refusal cannot run");
        String digest = Objects.requireNonNull(reviewed.digest(), "the reviewed plan has no digest");
        return new RunTask((listener, cancellation) -> {
            String address = address();
            MessageSigner signer = signer();
            Engine e = engine.get();
            PlanResult again = e.plan(plan.intent(), address, signer.address(), account.watchOnly());
            if (!(again instanceof Plan fresh)) {
                throw new PlanOutOfDateException(EngineWords.NOT_REVIEWED + " It is now refused: " + ((Refusal) again).reason());
            }
            if (!digest.equals(e.digest(fresh, address, signer.address()))) {
                throw new PlanOutOfDateException(EngineWords.NOT_REVIEWED);
            }
            return e.apply(fresh, address, signer, digest, listener, cancellation);
        });
    }

    /** Continues an interrupted or failed operation with the unlocked signer. */
    public RunTask resume(String operationId) {
        return new RunTask((listener, cancellation) -> engine.get().journal().resume(operationId, signer(), listener,
                cancellation));
    }

    public Task<RunOutcome> abandon(String operationId) {
        return task(() -> engine.get().journal().abandon(operationId));
    }

    public Task<RunOutcome> describe(String operationId) {
        return task(() -> engine.get().journal().show(operationId));
    }

    /** One operation in words (status, done, remaining), on the calling thread (a worker). Blocking. */
    public RunOutcome describeNow(String operationId) {
        return engine.get().journal().show(operationId);
    }

    public Task<Operation> records(String operationId) {
        return task(() -> engine.get().journal().records(operationId));
    }

    /** The backups an operation kept of what it replaced, one after the other; empty when it kept none. */
    public Task<String> backups(String operationId) {
        return task(() -> {
            StringBuilder out = new StringBuilder();
            for (String file : engine.get().journal().records(operationId).backups().values()) {
                out.append(Files.readString(Path.of(file))).append("\n\n");
            }
            return out.toString().strip();
        });
    }

    public Task<List<OperationSummary>> operations() {
        return task(() -> engine.get().journal().list());
    }

    /** A polling service over the journal; see {@link OperationsPoller}. */
    public OperationsPoller poller() {
        return new OperationsPoller(engine);
    }

    private String address() {
        return account.address().orElseThrow(() -> new IllegalStateException(EngineWords.NO_ACCOUNT));
    }

    private MessageSigner signer() {
        return account.signer().orElseThrow(() -> new IllegalStateException(EngineWords.LOCKED));
    }

    private static <T> Task<T> task(Callable<T> work) {
        return new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
    }
}
