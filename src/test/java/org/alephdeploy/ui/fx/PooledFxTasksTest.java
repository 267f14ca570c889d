package org.alephdeploy.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import java.util.concurrent.Callable;

class PooledFxTasksTest {
    private final List<Throwable> unhandled = new CopyOnWriteArrayList<>();
    private final PooledFxTasks tasks = new PooledFxTasks(2, unhandled::add);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }

    @Test
    void workRunsOnANamedDaemonWorkerAndHandlersOnTheFxThread() throws Exception {
        AtomicReference<String> workThread = new AtomicReference<>();
        AtomicReference<Boolean> daemon = new AtomicReference<>();
        AtomicReference<Boolean> successOnFx = new AtomicReference<>();
        AtomicReference<Boolean> finallyOnFx = new AtomicReference<>();

        WaitForAsyncUtils.asyncFx(() -> tasks.run(() -> {
            workThread.set(Thread.currentThread().getName());
            daemon.set(Thread.currentThread().isDaemon());
            return "done";
        }).onSuccess(v -> successOnFx.set(Platform.isFxApplicationThread()))
                .andFinally(() -> finallyOnFx.set(Platform.isFxApplicationThread()))
                .start()).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> finallyOnFx.get() != null);

        assertThat(workThread.get()).startsWith("aleph-worker-");
        assertThat(daemon.get()).isTrue();
        assertThat(successOnFx.get()).isTrue();
        assertThat(finallyOnFx.get()).isTrue();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> tasks.activeCountProperty().get()) == 0);
    }

    @Test
    void failuresGoToTheMatchingHandlerOrToUnhandled() throws Exception {
        AtomicReference<String> handled = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            tasks.run(() -> {
                throw new IOException("node closed the connection");
            }).onError(IOException.class, e -> handled.set(e.getMessage())).start();
            tasks.run(() -> {
                throw new IllegalStateException("bug");
            }).onError(IOException.class, e -> handled.set("wrong")).start();
        }).get(5, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> handled.get() != null && !unhandled.isEmpty());
        assertThat(handled.get()).isEqualTo("node closed the connection");
        assertThat(unhandled).singleElement().isInstanceOf(IllegalStateException.class);
    }

    @Test
    void progressIsPublishedAndCancelStopsTheWork() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<RunningTask> running = new AtomicReference<>();
        AtomicReference<Boolean> finished = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> running.set(tasks.runWithProgress(progress -> {
            progress.progress(1, 2);
            started.countDown();
            while (!progress.isCancelled()) {
                Thread.onSpinWait();
            }
            return null;
        }).andFinally(() -> finished.set(true)).start())).get(5, TimeUnit.SECONDS);

        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> running.get().progressProperty().get()) == 0.5);
        WaitForAsyncUtils.asyncFx(() -> running.get().cancel()).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(finished.get()));
        assertThat(running.get().isDone()).isTrue();
    }
}
