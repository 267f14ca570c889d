package org.alephdeploy.ui.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Collects what to do with the outcome of one piece of background work, then starts it.
 * Handlers run on the FX thread (on the calling thread with the synchronous runner). FX thread only.
 */
public final class TaskBuilder<T> {
    /** Starts a configured builder; supplied by an {@link FxTasks} implementation. */
    @FunctionalInterface
    public interface Launcher {
        <T> RunningTask launch(TaskBuilder<T> builder);
    }

    private record ErrorHandler<E extends Throwable>(Class<E> type, Consumer<? super E> handler) {
        boolean handle(Throwable error) {
            if (!type.isInstance(error)) {
                return false;
            }
            handler.accept(type.cast(error));
            return true;
        }
    }

    private final ProgressWork<T> work;
    private final Launcher launcher;
    private final Consumer<Throwable> unhandled;
    private final List<ErrorHandler<?>> errorHandlers = new ArrayList<>();
    private Consumer<? super T> successHandler = result -> { };
    private Runnable finallyHandler = () -> { };
    private boolean started;

    public TaskBuilder(ProgressWork<T> work, Launcher launcher, Consumer<Throwable> unhandled) {
        this.work = Objects.requireNonNull(work);
        this.launcher = launcher;
        this.unhandled = unhandled;
    }

    public TaskBuilder<T> onSuccess(Consumer<? super T> handler) {
        this.successHandler = Objects.requireNonNull(handler);
        return this;
    }

    /** Handles failures of {@code type}; the first matching handler in registration order wins. */
    public <E extends Throwable> TaskBuilder<T> onError(Class<E> type, Consumer<? super E> handler) {
        errorHandlers.add(new ErrorHandler<>(type, handler));
        return this;
    }

    /** Runs after success, failure or cancellation. */
    public TaskBuilder<T> andFinally(Runnable handler) {
        this.finallyHandler = Objects.requireNonNull(handler);
        return this;
    }

    public RunningTask start() {
        if (started) {
            throw new IllegalStateException("task already started");
        }
        started = true;
        return launcher.launch(this);
    }

    public ProgressWork<T> work() {
        return work;
    }

    public void succeeded(T result) {
        try {
            successHandler.accept(result);
        } finally {
            finallyHandler.run();
        }
    }

    public void failed(Throwable error) {
        try {
            for (ErrorHandler<?> h : errorHandlers) {
                if (h.handle(error)) {
                    return;
                }
            }
            unhandled.accept(error);
        } finally {
            finallyHandler.run();
        }
    }

    public void cancelled() {
        finallyHandler.run();
    }
}
