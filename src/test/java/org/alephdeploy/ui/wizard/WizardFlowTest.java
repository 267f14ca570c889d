package org.alephdeploy.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.alephdeploy.deploy.outcome.OperationStatus;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.deploy.run.LocalArtifacts;
import org.alephdeploy.sandbox.DemoSeed;
import org.alephdeploy.service.engine.SandboxEngine;
import org.alephdeploy.ui.control.Badge;
import org.alephdeploy.ui.control.BadgeSpec;
import org.alephdeploy.ui.control.BadgeStrip;
import org.alephdeploy.ui.fx.FileDropTarget;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.model.ItemStatus;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.wizard.recreate.RecreateInputs;
import org.alephdeploy.ui.wizard.recreate.RecreateOptionsPage;
import org.alephdeploy.ui.wizard.recreate.RecreateWizard;
import org.alephdeploy.ui.wizard.settings.SettingsDiff;
import org.alephdeploy.ui.wizard.settings.SettingsPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import java.nio.charset.StandardCharsets;
import org.alephdeploy.ui.activity.ActivityState;

/** The wizards end to end: the window against a demo sandbox node, every page, the node checked over HTTP. */
@ExtendWith(ApplicationExtension.class)
class WizardFlowTest {
    private WizardHarness h;
    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        h = new WizardHarness(stage, SandboxEngine.account());
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() != null).toList()
                .forEach(Window::hide));
        robot.interact(h::close);
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

    /** The badges of a row, as its badge columns draw them. */
    private static List<BadgeSpec> badges(Node row) {
        return row.lookupAll(".badge-strip").stream().flatMap(n -> ((BadgeStrip) n).getBadges().stream()).toList();
    }

    @Test
    void theTablesShowTheDemoAccountWithBothLockAxes(FxRobot robot) {
        h.waitForRows();
        List<BadgeSpec> web = badges(h.programRow(robot, DemoSeed.WEB_API));
        assertThat(web).extracting(BadgeSpec::variant).contains(Badge.Variant.UPDATABLE, Badge.Variant.FOLLOWS, Badge.Variant.PINNED)
                .doesNotContain(Badge.Variant.LOCKED);
        assertThat(web.stream().filter(b -> b.variant() == Badge.Variant.PINNED)).extracting(BadgeSpec::text)
                .containsExactly("1 vol");
        List<BadgeSpec> site = badges(h.programRow(robot, DemoSeed.STATIC_SITE));
        assertThat(site).extracting(BadgeSpec::variant).contains(Badge.Variant.LOCKED).doesNotContain(Badge.Variant.UPDATABLE);
        assertThat(site.stream().filter(b -> b.variant() == Badge.Variant.PINNED)).extracting(BadgeSpec::text)
                .containsExactly("code", "1 vol");
        assertThat(robot.lookup(".account-name").queryAs(Label.class).getText()).isNotBlank();
    }

    @Test
    void aZipDroppedOnAProgramRowUpdatesItsCodeAsARevisionThroughEveryPage(FxRobot robot) throws Exception {
        h.waitForRows();
        ProgramRow web = h.program(DemoSeed.WEB_API);
        Path zip = zip("web-api-v3.zip", "print('v3')\n");
        TableRow<?> row = h.programRow(robot, DemoSeed.WEB_API);
        robot.interact(() -> FileDropTarget.of(row).drop(List.of(zip)));

        assertThat(h.frame().current()).isInstanceOf(FilePage.class);
        assertThat(h.<TextField>inWizard(robot, "#pathField").getText()).isEqualTo(zip.toString());
        h.next(robot);
        h.waitForPage(ReviewPage.class, 5);
        HarnessWait.untilPlanned(h);
        assertThat(texts(h.<VBox>inWizard(robot, "#effectsBox").getChildrenUnmodifiable())).anySatisfy(l -> assertThat(l).containsIgnoringCase("hash"));
        assertThat(h.frame().currentRoot().lookupAll(".effect-hash-kept")).isNotEmpty();
        assertThat(h.frame().currentRoot().lookupAll(".effect-hash-new")).isEmpty();
        assertThat(h.<Label>inWizard(robot, "#summaryLabel").getText()).contains("URL stays").contains("web-api-v3.zip");
        // keeps the URL and can be rolled back: signs from the review page, no confirmation page
        assertThat(h.<Button>inWizard(robot, "#nextButton").getText()).isEqualTo(I18n.get("wizard.frame.signAndRun"));
        h.next(robot);
        h.waitForPage(ResultPage.class, 120);
        RunOutcome outcome = h.frame().currentRoot() == null ? null : stateOutcome();
        assertThat(outcome.status()).isEqualTo(OperationStatus.DONE);

        String fileHash = LocalArtifacts.sha256(zip);
        String codeRoot = web.code().ref();
        JsonNode revisions = h.get("/api/v0/messages.json?msgTypes=STORE&refs=" + codeRoot);
        assertThat(revisions.path("messages").findValuesAsText("item_hash")).contains(fileHash);
        assertThat(h.message(web.itemHash()).path("status").asText()).isEqualTo("processed");
        HarnessWait.until(30, () -> h.context.shell().activity().rows().stream()
                .anyMatch(r -> r.state() == ActivityState.DONE));
    }

    private RunOutcome stateOutcome() {
        return ((ResultPage) h.frame().current()).outcome();
    }

    @Test
    void updateVolumeReviewSaysWhichProgramsPickItUpAndWhichStayPinned(FxRobot robot) throws Exception {
        h.waitForRows();
        Path file = temp.resolve("shared.bin");
        Files.writeString(file, "hsqs shared data v2 (a squashfs image, as compute nodes mount)\n");
        robot.interact(() -> h.launcher.intents().updateVolume(h.volume(DemoSeed.SHARED_VOLUME), List.of(file)));
        h.next(robot);
        h.waitForPage(ReviewPage.class, 5);
        HarnessWait.untilPlanned(h);
        List<String> picksUp = texts(h.frame().currentRoot().lookupAll(".effect-picks-up"));
        List<String> staysPinned = texts(h.frame().currentRoot().lookupAll(".effect-stays-pinned"));
        assertThat(picksUp).anySatisfy(l -> assertThat(l).contains(DemoSeed.WEB_API));
        assertThat(staysPinned).anySatisfy(l -> assertThat(l).contains(DemoSeed.STATIC_SITE));

        // signed from the review, then sent to the background at once: a notice tells when it ends
        Button next = h.inWizard(robot, "#nextButton");
        Button background = h.inWizard(robot, "#backgroundButton");
        robot.interact(() -> {
            next.fire();
            assertThat(h.frame().current()).isInstanceOf(RunPage.class);
            background.fire();
        });
        HarnessWait.until(120, () -> h.context.notifications().notices().stream()
                .anyMatch(n -> n.text().contains("finished in the background")));
        assertThat(h.context.notifications().notices()).anySatisfy(n -> assertThat(n.text()).contains("Activity tab"));
        // and on the desktop: notify-send (a fake on the notifier's PATH) gets the volume's name and the outcome
        HarnessWait.until(60, () -> h.desktop.arguments().contains(DemoSeed.SHARED_VOLUME + ": done"));
        assertThat(h.desktop.arguments()).anySatisfy(a -> assertThat(a).contains("finished in the background"));
    }

    @Test
    void aPackedFolderIsReviewedWithWhatWasLeftOutAndThatUploadsArePublic(FxRobot robot) throws Exception {
        h.waitForRows();
        Path folder = Files.createDirectories(temp.resolve("assets"));
        Files.writeString(folder.resolve("content.txt"), "demo assets v3\n");
        Files.writeString(folder.resolve(".env"), "SECRET=1\n");
        Files.createDirectories(folder.resolve(".git"));
        Files.writeString(folder.resolve(".git").resolve("HEAD"), "ref: refs/heads/main\n");
        robot.interact(() -> h.launcher.intents().updateVolume(h.volume(DemoSeed.ASSETS_VOLUME), List.of(folder)));
        h.next(robot);
        h.waitForPage(ReviewPage.class, 5);
        HarnessWait.untilPlanned(h);
        Node root = h.frame().currentRoot();
        assertThat(root.lookup("#packedBox").isVisible()).isTrue();
        assertThat(((Label) root.lookup(".review-public-warning")).getText()).contains("public");
        assertThat(texts(root.lookupAll(".review-left-out"))).extracting(String::strip).contains(".env", ".git/");
    }

    private static List<String> texts(Collection<Node> nodes) {
        return nodes.stream().map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void newCodeForALockedProgramWithPinnedCodeGoesStraightToRecreateWithTheFileFilledIn(FxRobot robot) throws Exception {
        h.waitForRows();
        Path zip = zip("site-v2.zip", "print('site v2')\n");
        robot.interact(() -> FileDropTarget.of(h.programRow(robot, DemoSeed.STATIC_SITE)).drop(List.of(zip)));
        HarnessWait.until(10, () -> h.frame().current() instanceof RecreateOptionsPage);
        assertThat(h.<TextField>inWizard(robot, "#codeField").getText()).isEqualTo(zip.toString());
        Label reason = h.inWizard(robot, "#reasonLabel");
        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.getText()).contains("locked").contains("new hash and URL");
        RecreateInputs inputs = h.frame().context().state().inputs(RecreateInputs.class);
        assertThat(inputs.artifact()).isEqualTo(zip);
    }

    @Test
    void aRefusedIntentShowsItsReasonAndStartsTheAlternativeWithTheInputCarried(FxRobot robot) throws Exception {
        h.waitForRows();
        ProgramRow site = h.program(DemoSeed.STATIC_SITE);
        robot.interact(() -> h.launcher.intents().changeSettings(site));
        SettingsPage settings = h.waitForPage(SettingsPage.class, 5);
        HarnessWait.until(30, () -> settings.model().loadedProperty().get());
        robot.interact(() -> settings.model().vcpusProperty().set("2"));
        assertThat(settings.model().diff()).extracting(SettingsDiff.Line::after).contains("2");
        h.next(robot);
        h.waitForPage(ReviewPage.class, 5);
        HarnessWait.until(60, () -> h.frame().currentRoot().lookup("#refusalBox").isVisible());
        assertThat(h.<Label>inWizard(robot, "#refusalLabel").getText()).contains("immutable");
        assertThat(h.<Label>inWizard(robot, "#refusalHeadline").getText()).endsWith("Continue with re-create?");
        assertThat(h.frame().currentRoot().lookup("#refusalBox").getStyleClass()).as("an offer, not an error")
                .contains("wizard-offer").doesNotContain("wizard-refusal");
        Button alternative = h.inWizard(robot, "#alternativeButton");
        assertThat(alternative.isVisible()).isTrue();
        assertThat(h.<Button>inWizard(robot, "#nextButton").isDisabled()).isTrue();

        robot.clickOn(alternative);
        HarnessWait.until(10, () -> h.frame().current() instanceof RecreateOptionsPage);
        assertThat(h.frame().context().state().inputs(RecreateInputs.class).change().vcpus()).isEqualTo(2);
    }

    @Test
    void deleteAndRecreateOfAnImmutableProgramEndsWithANewProgramAndTheOldOneForgotten(FxRobot robot) throws Exception {
        h.waitForRows();
        ProgramRow site = h.program(DemoSeed.STATIC_SITE);
        assertThat(site.locked()).isTrue();
        robot.interact(() -> h.launcher.intents().recreate(site));
        assertThat(h.frame().current()).isInstanceOf(RecreateOptionsPage.class);
        h.next(robot);
        h.waitForPage(ReviewPage.class, 5);
        HarnessWait.untilPlanned(h);
        assertThat(h.frame().currentRoot().lookupAll(".effect-hash-new")).isNotEmpty();
        h.next(robot);
        h.waitForPage(ConfirmPage.class, 5);
        Button next = h.inWizard(robot, "#nextButton");
        assertThat(next.isDisabled()).as("the name must be typed first").isTrue();
        assertThat(next.getText()).as("the danger button names what stops working").contains("old URL stops working");
        assertThat(next.getStyleClass()).contains("danger-sign");
        assertThat(h.<SignerLine>inWizard(robot, "#signerLine").shownAddress()).isEqualToIgnoringCase(DemoSeed.ACCOUNT_0);
        robot.clickOn(h.<TextField>inWizard(robot, "#typedField")).write(new RecreateWizard().typedConfirmation(
                new WizardState(site, null, new RecreateInputs())));
        h.next(robot);
        h.waitForPage(ResultPage.class, 180);
        RunOutcome outcome = stateOutcome();
        assertThat(outcome.status()).as(outcome.words()).isEqualTo(OperationStatus.DONE);

        String newProgram = outcome.results().values().stream()
                .filter(hash -> h.message(hash).path("message").path("type").asText().equals("PROGRAM")).findFirst().orElseThrow();
        assertThat(newProgram).isNotEqualTo(site.itemHash());
        assertThat(h.message(newProgram).path("status").asText()).isEqualTo("processed");
        assertThat(h.message(site.itemHash()).path("status").asText()).isEqualTo("forgotten");
        assertThat(h.<Label>inWizard(robot, ".result-url").getText()).endsWith(newProgram);
        HarnessWait.until(30, () -> h.context.shell().programs().rows().stream()
                .anyMatch(p -> p.itemHash().equals(newProgram) && p.status() == ItemStatus.PROCESSED));
    }
}
