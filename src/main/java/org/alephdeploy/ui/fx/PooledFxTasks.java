package org.alephdeploy.ui.fx;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.concurrent.Task;

/**
 * The application's one worker pool: a few named daemon threads and a bounded queue, each piece
 * of work wrapped in a {@link Task} so that progress, cancellation and hand-back to the FX thread
 * come from JavaFX itself. {@code run} and {@code start} are FX thread only.
 */
public final class PooledFxTasks implements FxTasks, AutoCloseable {
    private static final int QUEUE_LIMIT = 256;

    private final ThreadPoolExecutor pool;
    private final Consumer<Throwable> unhandled;
    private final ReadOnlyIntegerWrapper activeCount = new ReadOnlyIntegerWrapper(this, "activeCount");

    public PooledFxTasks(int threads, Consumer<Throwable> unhandled) {
        this.unhandled = unhandled;
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE_LIMIT), new NamedDaemonThreads("aleph-worker"));
        pool.allowCoreThreadTimeOut(true);
    }

    @Override
    public <T> TaskBuilder<T> run(Callable<T> work) {
        return runWithProgress(progress -> work.call());
    }

    @Override
    public <T> TaskBuilder<T> runWithProgress(ProgressWork<T> work) {
        return new TaskBuilder<>(work, this::launch, unhandled);
    }

    @Override
    public ReadOnlyIntegerProperty activeCountProperty() {
        return activeCount.getReadOnlyProperty();
    }

    private <T> RunningTask launch(TaskBuilder<T> builder) {
        WorkTask<T> task = new WorkTask<>(builder.work());
        task.setOnSucceeded(e -> finish(() -> builder.succeeded(task.getValue())));
        task.setOnFailed(e -> finish(() -> builder.failed(task.getException())));
        task.setOnCancelled(e -> finish(builder::cancelled));
        activeCount.set(activeCount.get() + 1);
        try {
            pool.execute(task);
        } catch (RejectedExecutionException e) {
            finish(() -> builder.failed(e));
        }
        return task;
    }

    private void finish(Runnable handler) {
        activeCount.set(activeCount.get() - 1);
        handler.run();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static final class WorkTask<T> extends Task<T> implements ProgressSink, RunningTask {
        private final ProgressWork<T> work;

        WorkTask(ProgressWork<T> work) {
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            return work.call(this);
        }

        @Override
        public void progress(long done, long total) {
            updateProgress(done, total);
        }

        @Override
        public void message(String text) {
            updateMessage(text);
        }
    }

    private static final class NamedDaemonThreads implements ThreadFactory {
        private final String prefix;
        private final AtomicInteger next = new AtomicInteger(1);

        NamedDaemonThreads(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, prefix + "-" + next.getAndIncrement());
            t.setDaemon(true);
            return t;
        }
    }
}
