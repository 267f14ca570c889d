package org.alephdeploy.ui.wizard;

import java.util.Objects;
import java.util.Optional;
import javafx.concurrent.Worker;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.service.engine.EngineTasks;
import org.alephdeploy.service.node.SandboxVm;
import org.alephdeploy.ui.fx.Dialogs;
import org.alephdeploy.ui.fx.FxTasks;
import org.alephdeploy.ui.fx.Notifications;

/**
 * What every page of one wizard may use: the shared state, the intent's spec, the engine tasks and
 * the worker pool to run them on, dialogs and notifications, and the ways out of the wizard
 * (another intent's wizard, a URL, closing). FX thread only.
 */
public final class WizardContext {
    /** What the wizard needs from the window that opened it. */
    public interface Host {
        /** Opens the wizard of {@code intent} (a refusal's alternative, a follow-up). */
        void openFor(Intent intent);

        void openUrl(String url);

        /** A run ended: reload the tables and the activity. */
        void ranOperation();

        /** Shows the program {@code hash} selected in the programs table (whatever the search shows). */
        default void showProgram(String hash) {
        }

        /** Opens the roll-back wizard of the program {@code hash}'s code. */
        default void rollBackCode(String hash) {
        }

        /** The local compute node when the wizard works on the sandbox network, else empty. */
        default Optional<SandboxVm> localComputeNode() {
            return Optional.empty();
        }
    }

    private final WizardState state;
    private final WizardSpec spec;
    private final EngineTasks engine;
    private final WizardServices services;
    private final Host host;
    private Runnable advance = () -> { };
    private Runnable close = () -> { };

    public WizardContext(WizardState state, WizardSpec spec, EngineTasks engine, WizardServices services, Host host) {
        this.state = Objects.requireNonNull(state);
        this.spec = Objects.requireNonNull(spec);
        this.engine = Objects.requireNonNull(engine);
        this.services = Objects.requireNonNull(services);
        this.host = host;
    }

    public WizardState state() {
        return state;
    }

    public WizardSpec spec() {
        return spec;
    }

    public EngineTasks engine() {
        return engine;
    }

    public Dialogs dialogs() {
        return services.dialogs();
    }

    public Notifications notifications() {
        return services.notifications();
    }

    /** The worker pool for the pages' view models (synchronous in their tests). */
    public FxTasks tasks() {
        return services.tasks();
    }

    public Host host() {
        return host;
    }

    /** Starts {@code task} on the worker pool. */
    public <W extends Worker<?> & Runnable> W start(W task) {
        services.executor().execute(task);
        return task;
    }

    /** Moves to the next page as if Next had been pressed (the run page, when the run ends). */
    public void advance() {
        advance.run();
    }

    public void close() {
        close.run();
    }

    void frame(Runnable advanceAction, Runnable closeAction) {
        this.advance = advanceAction;
        this.close = closeAction;
    }
}
