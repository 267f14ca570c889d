package org.alephdeploy.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.alephdeploy.app.AppContext;
import org.alephdeploy.message.Json;
import org.alephdeploy.platform.DesktopNotifier;
import org.alephdeploy.platform.FakeNotifySend;
import org.alephdeploy.service.engine.EngineTasks;
import org.alephdeploy.service.engine.SandboxEngine;
import org.alephdeploy.service.engine.SignerAccess;
import org.alephdeploy.ui.fx.ScriptedDialogs;
import org.alephdeploy.ui.inventory.EngineInventorySource;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.volumes.VolumeRow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Function;
import org.alephdeploy.service.engine.Rehearsals;

/**
 * The window as the app will build it, against an in-process demo sandbox: the engine inventory
 * source, the wizards' launcher as the intents, the real worker pool. Drives wizards by their
 * buttons and reads the node over plain HTTP.
 */
final class WizardHarness implements AutoCloseable {
    final SandboxEngine sandbox;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final WizardLauncher launcher;
    final OpenedWizards opened;
    final AppContext context;
    private final HttpClient http = HttpClient.newHttpClient();
    /** The desktop's notification command as the wizards find it: a fake that records its calls. */
    final FakeNotifySend desktop;

    WizardHarness(Stage stage, SignerAccess account) {
        this(stage, account, null);
    }

    /** With "Rehearse first" offered by {@code rehearsals} (given the harness's sandbox, the "real" node), when not null. */
    WizardHarness(Stage stage, SignerAccess account, Function<SandboxEngine, Rehearsals> rehearsals) {
        sandbox = SandboxEngine.start();
        EngineTasks engine = new EngineTasks(sandbox::engine, account);
        if (rehearsals != null) {
            engine.rehearseWith(rehearsals.apply(sandbox));
        }
        launcher = new WizardLauncher(engine);
        desktop = fakeDesktop();
        launcher.desktopNotificationsWith(new DesktopNotifier("Linux", List.of(desktop.folder()), ForkJoinPool.commonPool()));
        context = AppContext.builder().source(new EngineInventorySource(n -> sandbox.engine(), account), n -> launcher.intents())
                .dialogs(dialogs).mainnetNodes(List.of(sandbox.url())).build();
        launcher.attach(context.windows(), context.tasks(), context.dialogs(), context.notifications(), context.shell());
        opened = OpenedWizards.follow(launcher);
        context.theme().start();
        context.windows().showMain(stage);
        context.shell().refresh();
    }

    private static FakeNotifySend fakeDesktop() {
        try {
            return FakeNotifySend.in(Files.createTempDirectory("desktop-bin"), "notify-send");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void waitFor(long seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within " + seconds + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    void waitForRows() {
        waitFor(30, () -> context.shell().programs().rows().size() > 3);
    }

    ProgramRow program(String name) {
        return context.shell().programs().rows().stream().filter(p -> name.equals(p.name())).findFirst().orElseThrow();
    }

    VolumeRow volume(String name) {
        return context.shell().volumes().rows().stream().filter(v -> name.equals(v.name())).findFirst().orElseThrow();
    }

    TableRow<?> programRow(FxRobot robot, String name) {
        return robot.lookup(".programs-table .table-row-cell").match((TableRow<?> r) -> r.getItem() instanceof ProgramRow p
                && name.equals(p.name())).queryAs(TableRow.class);
    }

    WizardFrameController frame() {
        return opened.frame();
    }

    <T extends Node> T inWizard(FxRobot robot, String query) {
        return robot.from(opened.stage().getScene().getRoot()).lookup(query).query();
    }

    /** Waits until the page's Next is enabled, then presses it. */
    void next(FxRobot robot) {
        Button next = inWizard(robot, "#nextButton");
        waitFor(120, () -> !next.isDisabled());
        int at = frame().currentIndex();
        robot.clickOn(next);
        waitFor(30, () -> frame().currentIndex() != at || !next.isVisible());
    }

    /** Waits for the page of type {@code page}. */
    <P extends WizardPage> P waitForPage(Class<P> page, long seconds) {
        waitFor(seconds, () -> page.isInstance(frame().current()));
        return page.cast(frame().current());
    }

    /** The message {@code hash} as the node serves it (GET /api/v0/messages/{hash}). */
    JsonNode message(String hash) {
        return get("/api/v0/messages/" + hash);
    }

    JsonNode get(String path) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(sandbox.url() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            return Json.parse(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        launcher.stopPolling();
        context.close();
        sandbox.close();
    }
}
