package org.alephdeploy.service.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.inventory.VolumeView;
import org.alephdeploy.deploy.outcome.OperationStatus;
import org.alephdeploy.deploy.outcome.OperationSummary;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.deploy.PlanOutOfDateException;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.SettingsChange;
import org.alephdeploy.sandbox.DemoSeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** The JavaFX tasks over the engine against a demo sandbox: plan, run with progress, locked accounts, the journal poller. */
@ExtendWith(ApplicationExtension.class)
class EngineTasksTest {
    private final SandboxEngine sandbox = SandboxEngine.start();
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    @TempDir
    Path temp;

    @AfterEach
    void stop() {
        pool.shutdownNow();
        sandbox.close();
    }

    /** The task's result (Future.get works off the FX thread), after its FX-side updates have run. */
    private static <T> T result(Future<T> task) throws Exception {
        T value = task.get(120, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return value;
    }

    private static Throwable failure(Future<?> task) throws Exception {
        try {
            task.get(120, TimeUnit.SECONDS);
            throw new AssertionError("the task succeeded");
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private String assetsRoot(EngineTasks tasks) throws Exception {
        var inv = tasks.inventory(true);
        pool.execute(inv);
        Inventory i = result(inv);
        return i.volumes().stream().filter(v -> DemoSeed.ASSETS_VOLUME.equals(v.name())).map(VolumeView::rootHash)
                .findFirst().orElseThrow();
    }

    @Test
    void planMeasuresTheFileAndTheRunReportsStepsAndUploadBytes(FxRobot robot) throws Exception {
        EngineTasks tasks = new EngineTasks(sandbox::engine, SandboxEngine.account());
        String root = assetsRoot(tasks);
        Path file = temp.resolve("assets.bin");
        byte[] image = new byte[300_000];
        System.arraycopy("hsqs".getBytes(StandardCharsets.US_ASCII), 0, image, 0, 4);
        Files.write(file, image);
        PlanTask plan = tasks.plan(file, a -> new Intent.UpdateVolume(root, a));
        pool.execute(plan);
        Planned planned = result(plan);
        assertThat(planned.artifact().size()).isEqualTo(300_000);
        assertThat(planned.plan()).as(String.valueOf(planned.refusal())).isNotNull();

        RunTask run = tasks.apply(planned);
        pool.execute(run);
        RunOutcome outcome = result(run);
        assertThat(outcome.status()).as(outcome.words()).isEqualTo(OperationStatus.DONE);
        int steps = planned.plan().steps().size();
        assertThat(onFx(() -> run.progress().stepCountProperty().get())).isEqualTo(steps);
        assertThat(onFx(() -> run.progress().stepIndexProperty().get())).as("the verification after the last step").isEqualTo(steps);
        assertThat(onFx(() -> run.progress().bytesDoneProperty().get())).isEqualTo(300_000L);

        var list = tasks.operations();
        pool.execute(list);
        List<OperationSummary> ops = result(list);
        assertThat(ops).singleElement().satisfies(s -> assertThat(s.status()).isEqualTo(OperationStatus.DONE));
        assertThat(OperationsPoller.anyUnfinished(ops)).isFalse();
    }

    @Test
    void aLockedAccountCannotRunUntilUnlockedAndAWrongPasswordSaysSo(FxRobot robot) throws Exception {
        TestSignerAccess locked = new TestSignerAccess(SandboxEngine.signer(), "correct horse");
        EngineTasks tasks = new EngineTasks(sandbox::engine, locked);
        String root = assetsRoot(tasks);
        PlanTask plan = tasks.plan(null, a -> new Intent.PinCid(root, "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG"));
        pool.execute(plan);
        Planned planned = result(plan);
        assertThat(locked.locked()).isTrue();

        RunTask early = tasks.apply(planned);
        pool.execute(early);
        assertThat(failure(early)).hasMessageContaining("locked");

        char[] wrong = "nope".toCharArray();
        var bad = tasks.unlock(wrong);
        pool.execute(bad);
        assertThat(failure(bad)).isInstanceOf(SignerAccess.UnlockException.class);
        assertThat(wrong).containsOnly('\0');

        var good = tasks.unlock("correct horse".toCharArray());
        pool.execute(good);
        assertThat(result(good).address()).isEqualTo(DemoSeed.ACCOUNT_0);
        assertThat(locked.locked()).isFalse();
    }

    /** Issue 13: the reviewed digest travels to the run, which plans again and refuses when the state moved on. */
    @Test
    void aRunRefusesToSignWhenTheProgramChangedBetweenReviewAndSigning(FxRobot robot) throws Exception {
        EngineTasks tasks = new EngineTasks(sandbox::engine, SandboxEngine.account());
        var inv = tasks.inventory(true);
        pool.execute(inv);
        String webApi = result(inv).programs().stream().map(c -> c.current()).filter(p -> DemoSeed.WEB_API.equals(p.name()))
                .findFirst().orElseThrow().itemHash();
        PlanTask review = tasks.plan(null, a -> new Intent.ChangeSettings(webApi, SettingsChange.resources(null, 512, null)));
        pool.execute(review);
        Planned reviewed = result(review);
        assertThat(reviewed.plan()).as(String.valueOf(reviewed.refusal())).isNotNull();
        assertThat(reviewed.digest()).hasSize(64);

        // meanwhile (another window, the command line), the program is amended
        RunTask elsewhere = tasks.apply(plannedNow(tasks, new Intent.ChangeSettings(webApi, SettingsChange.resources(null, 1024, null))));
        pool.execute(elsewhere);
        assertThat(result(elsewhere).status()).isEqualTo(OperationStatus.DONE);
        int operations = operations(tasks).size();

        RunTask stale = tasks.apply(reviewed);
        pool.execute(stale);
        assertThat(failure(stale)).isInstanceOf(PlanOutOfDateException.class)
                .hasMessageContaining("does not match what you reviewed").hasMessageContaining("Review again");
        assertThat(operations(tasks)).as("nothing was journaled, so nothing was signed").hasSize(operations);

        var again = tasks.inventory(true);
        pool.execute(again);
        String amended = result(again).programs().stream().map(c -> c.current()).filter(p -> DemoSeed.WEB_API.equals(p.name()))
                .findFirst().orElseThrow().itemHash();
        assertThat(amended).as("the amendment made elsewhere replaced the reviewed program").isNotEqualTo(webApi);
        RunTask fresh = tasks.apply(plannedNow(tasks, new Intent.ChangeSettings(amended, SettingsChange.resources(null, 512, null))));
        pool.execute(fresh);
        assertThat(result(fresh).status()).as("a plan reviewed on the current state runs").isEqualTo(OperationStatus.DONE);
    }

    private Planned plannedNow(EngineTasks tasks, Intent intent) throws Exception {
        PlanTask plan = tasks.plan(null, a -> intent);
        pool.execute(plan);
        return result(plan);
    }

    private List<OperationSummary> operations(EngineTasks tasks) throws Exception {
        var list = tasks.operations();
        pool.execute(list);
        return result(list);
    }

    @Test
    void thePollerListsTheJournalOnTheFxThread(FxRobot robot) throws Exception {
        EngineTasks tasks = new EngineTasks(sandbox::engine, SandboxEngine.account());
        OperationsPoller poller = tasks.poller();
        poller.setExecutor(pool);
        robot.interact(poller::start);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(poller::getLastValue) != null);
        assertThat(onFx(poller::getLastValue)).isEmpty();
        robot.interact(poller::cancel);
    }
}
