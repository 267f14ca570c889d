package org.alephdeploy.ui.screenshots;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.alephdeploy.app.AppContext;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.sandbox.DemoSeed;
import org.alephdeploy.ui.fx.FileDropTarget;
import org.alephdeploy.ui.volumes.VolumeRow;
import org.alephdeploy.ui.wizard.ConfirmPage;
import org.alephdeploy.ui.wizard.pincid.CidPage;
import org.alephdeploy.ui.wizard.rollback.RevisionPage;
import org.alephdeploy.ui.wizard.rollback.RevisionTimeline;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.wizard.ResultPage;
import org.alephdeploy.ui.wizard.ReviewPage;
import org.alephdeploy.ui.wizard.RunPage;
import org.alephdeploy.ui.wizard.RunViewModel;
import org.alephdeploy.ui.wizard.OpenedWizards;
import org.alephdeploy.ui.wizard.WizardFrameController;
import org.alephdeploy.ui.wizard.WizardLauncher;
import org.alephdeploy.ui.wizard.recreate.RecreateOptionsPage;
import org.alephdeploy.ui.wizard.settings.SettingsPage;
import org.alephdeploy.wallet.ScryptParams;
import java.nio.charset.StandardCharsets;

/**
 * The wizards' screenshots, in the window the app builds, on its local sandbox with the demo
 * account (as after the first-start offer): every page of every wizard (input pages, review, the
 * confirmation where the flow has one, run and result) for update-code (its review also with the
 * exact messages opened), update-volume, settings, code roll-back, pin CID, upload volume,
 * delete-and-recreate (new code for a locked program with pinned code goes straight there), delete
 * and forget volume; the settings editor's diff, a refusal offered as a re-create, and the Activity
 * tab with operations.
 */
final class WizardShots {
    private final Screenshots shots;
    private WizardLauncher launcher;
    private OpenedWizards opened;
    private AppContext context;
    private Stage stage;
    private Path zip;

    WizardShots(Screenshots shots) {
        this.shots = shots;
    }

    @SuppressWarnings("unchecked")
    void add() {
        shots.step(this::open);
        shots.stepWhen(() -> context.shell().offlineProperty().get() && !context.shell().loadingProperty().get(),
                () -> shots.shoot(stage.getScene(), "no-account-offline.png"));
        shots.step(() -> context.shell().useSandboxWithDemoAccount());
        shots.stepWhen(() -> context.shell().programs().rows().size() > 3 && !context.shell().loadingProperty().get(),
                () -> shots.shoot(stage.getScene(), "sandbox-demo-programs.png"));
        shots.step(() -> dropOn(DemoSeed.WEB_API));
        shots.stepWhen(this::probed, () -> shootWizard("wizard-update-code-1-file.png"));
        shots.step(this::next);
        shots.stepWhen(this::planned, () -> shootWizard("wizard-update-code-2-review.png"));
        shots.step(() -> ((TitledPane) wizardLookup("#messagesPane")).setExpanded(true));
        shots.step(() -> {
            ((ScrollPane) wizardLookup(".wizard-scroll")).setVvalue(1);
            shootWizard("wizard-update-code-2-review-messages.png");
        });
        // keeps the URL and can be rolled back: it signs from the review page, without a confirmation page
        shots.step(this::next);
        shots.stepWhen(this::running,
                () -> shootWizard("wizard-update-code-4-run.png"));
        shots.stepWhen(() -> frame().current() instanceof ResultPage, () -> shootWizard("wizard-update-code-5-result.png"));
        shots.step(this::closeWizard);
        shots.step(() -> launcher.intents().updateVolume(volume(DemoSeed.SHARED_VOLUME), List.of(folder("shared-data", "shared data v2\n"))));
        shots.stepWhen(this::probed, () -> shootWizard("wizard-update-volume-1-file.png"));
        shots.step(this::next);
        shots.stepWhen(this::planned, () -> shootWizard("wizard-update-volume-review.png"));
        runToResult("wizard-update-volume");
        shots.step(() -> launcher.intents().changeSettings(program(DemoSeed.WEB_API)));
        shots.stepWhen(() -> frame().current() instanceof SettingsPage p && p.model().loadedProperty().get(), () -> {
            SettingsPage page = (SettingsPage) frame().current();
            page.model().memoryProperty().set("512");
            page.model().variablesProperty().set(page.model().variablesProperty().get() + "REGION=eu\n");
        });
        shots.stepWhen(this::probed, () -> shootWizard("wizard-settings-1-edit.png"));
        shots.step(this::next);
        shots.stepWhen(this::planned, () -> shootWizard("wizard-settings-2-review.png"));
        runToResult("wizard-settings");
        shots.step(() -> launcher.intents().changeSettings(program(DemoSeed.STATIC_SITE)));
        shots.stepWhen(() -> frame().current() instanceof SettingsPage p && p.model().loadedProperty().get(), () -> {
            SettingsPage page = (SettingsPage) frame().current();
            page.model().vcpusProperty().set("2");
            page.model().variablesProperty().set(page.model().variablesProperty().get() + "REGION=eu\n");
        });
        shots.stepWhen(this::probed, () -> shootWizard("wizard-settings-diff.png"));
        shots.step(this::next);
        shots.stepWhen(this::planned, () -> shootWizard("wizard-refusal.png"));
        shots.step(this::closeWizard);
        shots.step(() -> launcher.intents().rollBackCode(program(DemoSeed.WEB_API)));
        shots.stepWhen(() -> frame().current() instanceof RevisionPage p && !p.model().revisions().isEmpty(), () -> {
            RevisionPage page = (RevisionPage) frame().current();
            ((ListView<RevisionTimeline.Revision>) wizardLookup("#revisionsList")).getSelectionModel()
                    .select(page.model().revisions().get(0));
        });
        shots.stepWhen(this::probed, () -> shootWizard("wizard-rollback-1-revision.png"));
        shots.step(this::next);
        shots.stepWhen(this::planned, () -> shootWizard("wizard-rollback-2-review.png"));
        runToResult("wizard-rollback");
        shots.step(() -> launcher.intents().pinCid(volume(DemoSeed.ASSETS_VOLUME)));
        shots.stepWhen(() -> frame().current() instanceof CidPage, () -> ((TextField) wizardLookup("#cidField")).setText(ipfsCid()));
        shots.stepWhen(this::probed, () -> shootWizard("wizard-pin-cid-1-cid.png"));
        shots.step(this::next);
        shots.stepWhen(this::planned, () -> shootWizard("wizard-pin-cid-2-review.png"));
        runToResult("wizard-pin-cid");
        shots.step(() -> launcher.intents().uploadNewVolume(List.of(folder("media", "media v1\n"))));
        shots.stepWhen(this::probed, () -> ((TextField) wizardLookup("#nameField")).setText("media"));
        shots.stepWhen(this::probed, () -> shootWizard("wizard-upload-volume-1-file.png"));
        shots.step(this::next);
        shots.stepWhen(this::planned, () -> shootWizard("wizard-upload-volume-2-review.png"));
        runToResult("wizard-upload-volume");
        shots.step(() -> dropOn(DemoSeed.STATIC_SITE));
        shots.stepWhen(() -> frame().current() instanceof RecreateOptionsPage && probed(),
                () -> shootWizard("wizard-recreate-1-options.png"));
        shots.step(this::next);
        shots.stepWhen(this::planned, () -> shootWizard("wizard-recreate-2-review.png"));
        runToResult("wizard-recreate");
        shots.step(() -> launcher.intents().delete(context.shell().programs().rows().stream()
                .filter(p -> p.name() != null && p.name().startsWith("worker")).findFirst().orElseThrow()));
        shots.step(() -> ((CheckBox) wizardLookup("#forgetVolumesCheck")).setSelected(true));
        shots.stepWhen(this::probed, () -> shootWizard("wizard-delete-1-options.png"));
        shots.step(this::next);
        shots.stepWhen(this::planned, () -> shootWizard("wizard-delete-2-review.png"));
        runToResult("wizard-delete");
        shots.step(() -> launcher.intents().forget(volume(DemoSeed.OLD_API_CODE)));
        shots.stepWhen(this::planned, () -> shootWizard("wizard-forget-volume-2-review.png"));
        runToResult("wizard-forget-volume");
        shots.step(() -> ((TabPane) stage.getScene().lookup(".main-tabs")).getSelectionModel().select(2));
        shots.stepWhen(() -> context.shell().activity().rows().size() >= 2, () -> {
            context.shell().activity().selectedProperty().set(context.shell().activity().rows().get(0));
        });
        shots.step(() -> shots.shoot(stage.getScene(), "activity-operations.png"));
        shots.step(this::close);
    }

    /**
     * From the review page on: its next page, the confirmation when the flow has one (the typed name
     * filled in), the run and the result, each shot as {@code prefix-3-confirm.png}, {@code -4-run},
     * {@code -5-result}; then closes the wizard.
     */
    private void runToResult(String prefix) {
        shots.step(this::next);
        shots.stepWhen(() -> !(frame().current() instanceof ReviewPage), () -> {
            if (frame().current() instanceof ConfirmPage) {
                String typed = frame().context().spec().typedConfirmation(frame().context().state());
                if (typed != null) {
                    ((TextField) wizardLookup("#typedField")).setText(typed);
                }
            }
        });
        shots.step(() -> {
            if (frame().current() instanceof ConfirmPage) {
                shootWizard(prefix + "-3-confirm.png");
                next();
            }
        });
        shots.stepWhen(this::running,
                () -> shootWizard(prefix + "-4-run.png"));
        shots.stepWhen(() -> frame().current() instanceof ResultPage, () -> shootWizard(prefix + "-5-result.png"));
        shots.step(this::closeWizard);
    }

    /** A folder {@code name} under the shots' temporary directory holding one {@code content.txt}. */
    private Path folder(String name, String content) {
        try {
            Path dir = Files.createDirectories(zip.resolveSibling(name));
            Files.writeString(dir.resolve("content.txt"), content);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page added to the local sandbox's IPFS, so that pinning its CID is processed at once. */
    private String ipfsCid() {
        try {
            Path page = zip.resolveSibling("index.html");
            Files.writeString(page, "<h1>assets on IPFS</h1>\n");
            CcnClient client = CcnClient.builder().node(context.nodes().sandbox().start()).build();
            return client.ipfsAddFile(page, null, false, null, null).cid();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private VolumeRow volume(String name) {
        return context.shell().volumes().rows().stream().filter(v -> name.equals(v.name())).findFirst().orElseThrow();
    }

    private void open() {
        try {
            zip = Files.createTempDirectory("shots").resolve("web-api-2.4.zip");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                out.putNextEntry(new ZipEntry("main.py"));
                out.write("print('v3')\n".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context = AppContext.builder().scrypt(ScryptParams.LIGHT).build();
        launcher = context.wizards().orElseThrow();
        opened = OpenedWizards.follow(launcher);
        context.theme().start();
        stage = context.windows().showMain(new Stage());
        context.shell().refresh();
    }

    private void dropOn(String name) {
        Node row = stage.getScene().lookup(".programs-table").lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && r.getItem() instanceof ProgramRow p && name.equals(p.name()))
                .findFirst().orElseThrow();
        FileDropTarget.of(row).drop(List.of(zip));
    }

    private ProgramRow program(String name) {
        return context.shell().programs().rows().stream().filter(p -> name.equals(p.name())).findFirst().orElseThrow();
    }

    private WizardFrameController frame() {
        return opened.frame();
    }

    private Node wizardLookup(String query) {
        return opened.stage().getScene().lookup(query);
    }

    /** On the run page with a step under way (so the shot shows progress, not "Starting…"), or already past it. */
    private boolean running() {
        return frame().current() instanceof ResultPage || frame().current() instanceof RunPage p
                && p.model().steps().stream().anyMatch(line -> line.state() != RunViewModel.StepState.PENDING);
    }

    private boolean probed() {
        return !wizardLookup("#nextButton").isDisabled();
    }

    private boolean planned() {
        return frame().current() instanceof ReviewPage && (wizardLookup("#planBox").isVisible()
                || wizardLookup("#refusalBox").isVisible() || wizardLookup("#errorBox").isVisible());
    }

    private void next() {
        ((Button) wizardLookup("#nextButton")).fire();
    }

    private void shootWizard(String name) {
        shots.shoot(opened.stage().getScene(), name);
    }

    private void closeWizard() {
        opened.stage().close();
    }

    private void close() {
        launcher.stopPolling();
        stage.close();
        context.close();
    }
}
