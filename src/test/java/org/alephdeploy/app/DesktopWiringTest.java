package org.alephdeploy.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.ccn.FileRef;
import org.alephdeploy.deploy.outcome.OperationStatus;
import org.alephdeploy.deploy.run.LocalArtifacts;
import org.alephdeploy.platform.AppDirs;
import org.alephdeploy.sandbox.DemoSeed;
import org.alephdeploy.sandbox.SandboxNode;
import org.alephdeploy.sandbox.SandboxOptions;
import org.alephdeploy.sandbox.Seed;
import org.alephdeploy.ui.LoopbackNodes;
import org.alephdeploy.ui.activity.ActivityState;
import org.alephdeploy.ui.control.Badge;
import org.alephdeploy.ui.control.BadgeSpec;
import org.alephdeploy.ui.control.BadgeStrip;
import org.alephdeploy.ui.fx.FileDropTarget;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.fx.ScriptedDialogs;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.shell.Network;
import org.alephdeploy.ui.wallet.WalletPage;
import org.alephdeploy.ui.wizard.ConfirmPage;
import org.alephdeploy.ui.wizard.FilePage;
import org.alephdeploy.ui.wizard.OpenedWizards;
import org.alephdeploy.ui.wizard.ResultPage;
import org.alephdeploy.ui.wizard.ReviewPage;
import org.alephdeploy.ui.wizard.RunPage;
import org.alephdeploy.ui.wizard.WizardFrameController;
import org.alephdeploy.wallet.ScryptParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import java.io.UncheckedIOException;

/**
 * The window as {@code DesktopApp} builds it (no given source: the engine, the wallet, the
 * wizards, the worker pool), on a temporary data directory with light scrypt. "Aleph mainnet" is
 * a closed loopback port; the local sandbox is the in-process node the app starts with the demo seed.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopWiringTest {
    private static final String DEMO_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path temp;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Stage stage;
    private AppContext context;
    private AppContext reopened;
    private OpenedWizards opened;
    private SandboxNode customNode;

    @Start
    void start(Stage value) {
        stage = value;
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() != null).toList().forEach(Window::hide);
            if (context != null) {
                context.close();
            }
            if (reopened != null) {
                reopened.close();
            }
        });
        if (customNode != null) {
            customNode.close();
        }
    }

    private AppContext open(FxRobot robot, Path root, Stage on) {
        AppContext[] made = new AppContext[1];
        robot.interact(() -> {
            made[0] = AppContext.builder().dirs(AppDirs.under(root)).home(root.resolve("home")).dialogs(dialogs)
                    .mainnetNodes(List.of(closedPort())).scrypt(ScryptParams.LIGHT).build();
            made[0].theme().start();
            made[0].wizards().ifPresent(w -> opened = OpenedWizards.follow(w));
            made[0].start(on);
        });
        return made[0];
    }

    private static String closedPort() {
        try {
            return LoopbackNodes.closedPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void waitFor(long seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within " + seconds + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }


    private WizardFrameController frame() {
        return opened.frame();
    }

    private <T extends Node> T inWizard(FxRobot robot, String query) {
        return robot.from(opened.stage().getScene().getRoot()).lookup(query).query();
    }

    private void next(FxRobot robot) {
        Button next = inWizard(robot, "#nextButton");
        waitFor(60, () -> !next.isDisabled());
        robot.interact(next::fire);
    }

    private boolean planned() {
        Node root = frame().currentRoot();
        return frame().current() instanceof ReviewPage && root != null
                && (root.lookup("#planBox").isVisible() || root.lookup("#refusalBox").isVisible() || root.lookup("#errorBox").isVisible());
    }

    private TableRow<?> programRow(FxRobot robot, String name) {
        return robot.lookup(".programs-table .table-row-cell").match((TableRow<?> r) -> r.getItem() instanceof ProgramRow p
                && name.equals(p.name())).queryAs(TableRow.class);
    }

    private ProgramRow program(AppContext in, String name) {
        return in.shell().programs().rows().stream().filter(p -> name.equals(p.name())).findFirst().orElseThrow();
    }

    /** The badges of a row, as its badge columns draw them. */
    private static List<BadgeSpec> badges(Node row) {
        return row.lookupAll(".badge-strip").stream().flatMap(n -> ((BadgeStrip) n).getBadges().stream()).toList();
    }

    private Path zip(String name, String text) throws IOException {
        Path zip = temp.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("main.py"));
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return zip;
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextInputControl.class).setText(text));
    }

    /** The file hash the node serves now for the code root: the revision in effect. */
    private String codeInEffect(String codeRoot) {
        try (CcnClient client = CcnClient.builder().node(context.nodes().current().url()).build()) {
            return client.byRef(codeRoot).map(FileRef::fileHash).orElseThrow();
        }
    }

    @Test
    void theDemoKeyImportedOnTheSandboxShowsTheSeedAndUpdatesCodeThroughEveryPage(FxRobot robot) throws Exception {
        dialogs.answer(false);
        context = open(robot, temp.resolve("app"), stage);
        waitFor(20, () -> dialogs.asked().contains("confirm: " + I18n.get("shell.firstStart.title")));
        robot.interact(() -> context.shell().networkProperty().set(Network.sandbox()));
        waitFor(30, () -> "sandbox".equals(context.nodes().current().choice().networkId()) && !context.shell().loadingProperty().get());

        TableView<?> table = robot.lookup(".programs-table").queryAs(TableView.class);
        assertThat(table.getItems()).isEmpty();
        assertThat(robot.from(table).lookup(".no-account-hint").tryQuery()).as("the no-account hint").isPresent();
        robot.interact(() -> robot.from(table).lookup(".no-account-open-wallet").queryButton().fire());
        waitFor(5, () -> robot.lookup("#pageList").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#pageList").queryListView().getSelectionModel().select(WalletPage.PRIVATE_KEY));
        type(robot, "#privateKeyField", DEMO_KEY);
        type(robot, "#keyNameField", "my demo key");
        type(robot, "#keyPasswordField", PASSWORD);
        type(robot, "#keyRepeatField", PASSWORD);
        robot.interact(() -> robot.lookup("#importKeyButton").queryButton().fire());

        waitFor(30, () -> context.shell().programs().rows().stream().anyMatch(p -> DemoSeed.WEB_API.equals(p.name())));
        assertThat(robot.lookup(".account-name").queryAs(Label.class).getText()).isEqualTo("my demo key");
        assertThat(context.shell().programs().rows()).extracting(ProgramRow::name)
                .contains(DemoSeed.WEB_API, DemoSeed.STATIC_SITE).doesNotContain(DemoSeed.PARTNER_APP);
        List<BadgeSpec> web = badges(programRow(robot, DemoSeed.WEB_API));
        assertThat(web).extracting(BadgeSpec::variant).contains(Badge.Variant.UPDATABLE, Badge.Variant.FOLLOWS, Badge.Variant.PINNED)
                .doesNotContain(Badge.Variant.LOCKED);
        List<BadgeSpec> site = badges(programRow(robot, DemoSeed.STATIC_SITE));
        assertThat(site).extracting(BadgeSpec::variant).contains(Badge.Variant.LOCKED).doesNotContain(Badge.Variant.UPDATABLE);
        assertThat(site.stream().filter(b -> b.variant() == Badge.Variant.PINNED)).extracting(BadgeSpec::text)
                .containsExactly("code", "1 vol");

        // the details pane shows what the local compute node says: static-site boots, web-api does not
        robot.interact(() -> context.shell().programs().selectedProperty().set(program(context, DemoSeed.STATIC_SITE)));
        Label localRun = robot.lookup("#localRunLabel").queryAs(Label.class);
        waitFor(30, () -> localRun.getText().startsWith(I18n.get("details.pane.bootOk").substring(0, 5)));
        assertThat(localRun.isVisible()).isTrue();
        assertThat(localRun.getText()).contains(I18n.get("details.pane.logs"));
        assertThat(context.shell().details().localUrlProperty().get())
                .isEqualTo(context.nodes().current().url() + "/vm/" + program(context, DemoSeed.STATIC_SITE).itemHash() + "/");
        List<String> openedUrls = new ArrayList<>();
        robot.interact(() -> {
            context.shell().details().openUrlProperty().set(openedUrls::add);
            robot.lookup("#openLocalButton").queryButton().fire();
        });
        assertThat(openedUrls).containsExactly(context.shell().details().localUrlProperty().get());
        robot.interact(() -> context.shell().programs().selectedProperty().set(program(context, DemoSeed.WEB_API)));
        waitFor(30, () -> localRun.getText().startsWith(I18n.get("details.pane.bootFails")));
        assertThat(localRun.getText()).contains("/opt/assets").contains("a zip");

        String codeRoot = program(context, DemoSeed.WEB_API).code().ref();
        Path v3 = zip("web-api-v3.zip", "print('v3')\n");
        robot.interact(() -> FileDropTarget.of(programRow(robot, DemoSeed.WEB_API)).drop(List.of(v3)));
        assertThat(frame().current()).isInstanceOf(FilePage.class);
        next(robot);
        waitFor(60, this::planned);
        assertThat(frame().currentRoot().lookup("#planBox").isVisible()).as("a plan, not a refusal or an error").isTrue();
        next(robot);
        waitFor(5, () -> frame().current() instanceof ConfirmPage);
        PasswordField password = inWizard(robot, "#passwordField");
        assertThat(password.isVisible()).as("a freshly imported account is locked").isTrue();
        robot.interact(() -> password.setText("not my password"));
        next(robot);
        Label error = inWizard(robot, "#errorLabel");
        waitFor(20, () -> !error.getText().isEmpty());
        assertThat(error.getText()).contains("password");
        assertThat(frame().current()).isInstanceOf(ConfirmPage.class);
        robot.interact(() -> password.setText(PASSWORD));
        next(robot);
        waitFor(60, () -> frame().current() instanceof ResultPage);
        assertThat(((ResultPage) frame().current()).outcome().status()).isEqualTo(OperationStatus.DONE);
        assertThat(codeInEffect(codeRoot)).isEqualTo(LocalArtifacts.sha256(v3));
        // the result page asks the program on the local compute node: web-api still follows the zip assets revision
        Label localAnswer = inWizard(robot, "#localAnswerLabel");
        waitFor(60, () -> localAnswer.getText().startsWith("HTTP "));
        assertThat(localAnswer.getText()).startsWith("HTTP 503: ").contains("volume-not-squashfs");
        waitFor(20, () -> context.shell().activity().rows().stream().anyMatch(r -> r.state() == ActivityState.DONE));

        // closing the wizard as the run starts leaves it running; the Activity tab follows it to the end
        robot.interact(() -> opened.stage().close());
        Path v4 = zip("web-api-v4.zip", "print('v4')\n");
        robot.interact(() -> FileDropTarget.of(programRow(robot, DemoSeed.WEB_API)).drop(List.of(v4)));
        next(robot);
        waitFor(60, this::planned);
        // unlocked now, and the revision keeps the URL: it signs from the review page
        Button signAndRun = inWizard(robot, "#nextButton");
        waitFor(10, () -> !signAndRun.isDisabled());
        assertThat(signAndRun.getText()).isEqualTo(I18n.get("wizard.frame.signAndRun"));
        robot.interact(() -> {
            signAndRun.fire();
            assertThat(frame().current()).isInstanceOf(RunPage.class);
            opened.stage().close();
        });
        assertThat(context.notifications().notices()).anySatisfy(n -> assertThat(n.text())
                .isEqualTo(I18n.format("wizard.frame.continuesInActivity", opened.stage().getTitle())));
        waitFor(60, () -> context.shell().activity().rows().stream().filter(r -> r.state() == ActivityState.DONE).count() == 2);
        assertThat(codeInEffect(codeRoot)).isEqualTo(LocalArtifacts.sha256(v4));
    }

    @Test
    void anUnreachableNodeShowsTheBannerAndTheCachedInventoryWithItsAge(FxRobot robot) throws Exception {
        customNode = SandboxNode.start(SandboxOptions.builder(temp.resolve("custom")).seed(Seed.DEMO).build());
        String url = customNode.url();
        Path root = temp.resolve("app");
        dialogs.answer(false);
        context = open(robot, root, stage);
        context.wallet().watch("demo watched", DemoSeed.ACCOUNT_0);
        robot.interact(() -> assertThat(context.shell().useCustomNode(url)).isEmpty());
        waitFor(30, () -> context.shell().programs().rows().stream().anyMatch(p -> DemoSeed.WEB_API.equals(p.name())));
        List<String> names = context.shell().programs().rows().stream().map(ProgramRow::name).toList();
        assertThat(context.shell().offlineProperty().get()).isFalse();

        robot.interact(() -> {
            context.close();
            stage.hide();
        });
        context = null;
        customNode.close();
        customNode = null;

        Stage[] made = new Stage[1];
        robot.interact(() -> made[0] = new Stage());
        reopened = open(robot, root, made[0]);
        waitFor(30, () -> reopened.shell().offlineProperty().get() && !reopened.shell().programs().rows().isEmpty()
                && !reopened.shell().loadingProperty().get());

        assertThat(reopened.shell().networkProperty().get()).isEqualTo(Network.custom(url));
        assertThat(reopened.shell().programs().rows()).extracting(ProgramRow::name).containsExactlyInAnyOrderElementsOf(names);
        String age = I18n.format("shell.offline.showingSaved", I18n.get("time.ago.justNow"));
        assertThat(reopened.shell().offlineMessageProperty().get()).contains(url).contains(age);
        assertThat(reopened.shell().statusProperty().get()).isEqualTo(I18n.format("shell.status.offline", I18n.get("time.ago.justNow")));
        Label banner = robot.from(made[0].getScene().getRoot()).lookup("#offlineLabel").queryAs(Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).contains(age);
    }
}
