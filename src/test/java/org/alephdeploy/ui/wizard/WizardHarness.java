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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.alephdeploy.deploy.outcome.RunOutcome;
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

    /** Selects the program {@code name} in its table, as a click on its row would, then presses the toolbar button {@code button}. */
    void startFromProgram(FxRobot robot, String name, String button) {
        startFromRow(robot, 0, ".programs-table", r -> r instanceof ProgramRow p && name.equals(p.name()), button);
    }

    /** Selects the volume {@code name} on the Volumes tab, then presses the toolbar button {@code button}. */
    void startFromVolume(FxRobot robot, String name, String button) {
        startFromRow(robot, 1, ".volumes-table", r -> r instanceof VolumeRow v && name.equals(v.name()), button);
    }

    @SuppressWarnings("unchecked")
    private void startFromRow(FxRobot robot, int tab, String table, Predicate<Object> row, String button) {
        robot.interact(() -> robot.lookup(".main-tabs").queryAs(TabPane.class).getSelectionModel().select(tab));
        TableView<Object> view = robot.lookup(table).queryAs(TableView.class);
        waitFor(30, () -> view.getItems().stream().anyMatch(row));
        robot.interact(() -> view.getSelectionModel().select(view.getItems().stream().filter(row).findFirst().orElseThrow()));
        Button start = robot.lookup(button).queryAs(Button.class);
        waitFor(10, () -> !start.isDisabled());
        WizardFrameController before = frame();
        robot.clickOn(start);
        waitFor(10, () -> frame() != before && frame().current() != null);
    }

    /** The volumes table (on its tab, which it selects), for drops on a row or on its empty space. */
    TableView<?> volumesTable(FxRobot robot) {
        robot.interact(() -> robot.lookup(".main-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        return robot.lookup(".volumes-table").queryAs(TableView.class);
    }

    /** On the confirmation page: types what it asks for (after checking that it asks for it), then presses the danger button. */
    void confirmTyped(FxRobot robot) {
        waitForPage(ConfirmPage.class, 10);
        String typed = frame().context().spec().typedConfirmation(frame().context().state());
        assertThat(typed).isNotBlank();
        assertThat(this.<Label>inWizard(robot, "#typedLabel").getText()).contains(typed);
        Button sign = inWizard(robot, "#nextButton");
        assertThat(sign.isDisabled()).as("the name must be typed first").isTrue();
        assertThat(sign.getStyleClass()).contains("danger-sign");
        robot.clickOn(this.<TextField>inWizard(robot, "#typedField")).write(typed);
        next(robot);
    }

    /** Waits for the result page and returns the run's outcome. */
    RunOutcome result(long seconds) {
        return waitForPage(ResultPage.class, seconds).outcome();
    }

    /** The one message of {@code type} the run posted. */
    String posted(RunOutcome outcome, String type) {
        return outcome.results().values().stream().distinct().filter(this::isMessage)
                .filter(hash -> message(hash).path("message").path("type").asText().equals(type))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " among " + outcome.results()));
    }

    /** The file {@code fileHash} as the node serves it (GET /api/v0/storage/raw/{hash}), saved to {@code to}. */
    Path download(String fileHash, Path to) {
        try {
            HttpResponse<Path> r = http.send(HttpRequest.newBuilder(URI.create(sandbox.url() + "/api/v0/storage/raw/" + fileHash)).build(),
                    HttpResponse.BodyHandlers.ofFile(to));
            assertThat(r.statusCode()).as(fileHash).isEqualTo(200);
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean isMessage(String hash) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(sandbox.url() + "/api/v0/messages/" + hash)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The status the node gives {@code hash}: pending, processed, rejected, forgotten. */
    String status(String hash) {
        return message(hash).path("status").asText();
    }

    /** A zip holding one {@code main.py} with {@code text}. */
    static Path zip(Path dir, String name, String text) throws IOException {
        Path zip = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("main.py"));
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return zip;
    }

    /** Hides the wizards and dialogs a test left open, then closes the window, the node and the workers. */
    void stop(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() != null).toList()
                .forEach(Window::hide));
        robot.interact(this::close);
    }

    @Override
    public void close() {
        launcher.stopPolling();
        context.close();
        sandbox.close();
    }
}
