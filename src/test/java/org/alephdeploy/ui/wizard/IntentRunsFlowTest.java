package org.alephdeploy.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.alephdeploy.deploy.outcome.OperationStatus;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.deploy.pack.ReferenceTools;
import org.alephdeploy.deploy.run.LocalArtifacts;
import org.alephdeploy.sandbox.DemoSeed;
import org.alephdeploy.service.engine.SandboxEngine;
import org.alephdeploy.ui.fx.FileDropTarget;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.model.ItemStatus;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.volumes.VolumeRow;
import org.alephdeploy.ui.wizard.delete.DeleteOptionsPage;
import org.alephdeploy.ui.wizard.pincid.CidPage;
import org.alephdeploy.ui.wizard.rollback.RevisionPage;
import org.alephdeploy.ui.wizard.rollback.RevisionTimeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * One full run of each intent that {@link WizardFlowTest} and {@link InputPagesFlowTest} do not run to
 * the end: opened from its row (the toolbar button or a drop), inputs, review, confirmation, run and
 * result ({@link ResumeFlowTest} resumes from the Activity tab), in the window against a demo sandbox node, the outcome checked on the node over HTTP.
 */
@ExtendWith(ApplicationExtension.class)
class IntentRunsFlowTest {
    private WizardHarness h;
    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        h = new WizardHarness(stage, SandboxEngine.account());
    }

    @AfterEach
    void stop(FxRobot robot) {
        h.stop(robot);
    }

    /** On the review page: waits for the plan, then signs from it (the change keeps the URL and can be rolled back). */
    private void signFromReview(FxRobot robot) {
        h.waitForPage(ReviewPage.class, 10);
        HarnessWait.untilPlanned(h);
        assertThat(h.<Button>inWizard(robot, "#nextButton").getText()).isEqualTo(I18n.get("wizard.frame.signAndRun"));
        h.next(robot);
    }

    private String resultWords(FxRobot robot) {
        return h.<Label>inWizard(robot, "#wordsLabel").getText();
    }

    private static void assertDone(RunOutcome outcome) {
        assertThat(outcome.status()).as(outcome.words()).isEqualTo(OperationStatus.DONE);
    }

    @Test
    void deleteForgetsTheProgramAndTheVolumesOnlyItUsed(FxRobot robot) {
        h.waitForRows();
        ProgramRow web = h.program(DemoSeed.WEB_API);
        String config = h.volume(DemoSeed.CONFIG_VOLUME).rootHash();
        String shared = h.volume(DemoSeed.SHARED_VOLUME).rootHash();
        h.startFromProgram(robot, DemoSeed.WEB_API, "#deleteButton");
        h.waitForPage(DeleteOptionsPage.class, 5);
        robot.clickOn(h.<CheckBox>inWizard(robot, "#forgetVolumesCheck"));
        h.next(robot);
        h.waitForPage(ReviewPage.class, 5);
        HarnessWait.untilPlanned(h);
        h.next(robot);
        h.confirmTyped(robot);
        RunOutcome outcome = h.result(120);
        assertDone(outcome);

        assertThat(h.status(web.itemHash())).isEqualTo("forgotten");
        assertThat(h.status(config)).as("used by web-api only").isEqualTo("forgotten");
        assertThat(h.status(shared)).as("still used by other programs").isEqualTo("processed");
        assertThat(resultWords(robot)).isNotBlank();
        HarnessWait.until(30, () -> h.context.shell().programs().rows().stream()
                .anyMatch(p -> p.itemHash().equals(web.itemHash()) && p.status() == ItemStatus.FORGOTTEN));
    }

    @Test
    void rollingBackAProgramsCodePublishesTheOriginalFileAsTheNewestRevision(FxRobot robot) {
        h.waitForRows();
        ProgramRow web = h.program(DemoSeed.WEB_API);
        String codeRoot = web.code().ref();
        String originalFile = h.message(codeRoot).path("message").path("content").path("item_hash").asText();
        h.startFromProgram(robot, DemoSeed.WEB_API, "#rollBackButton");
        RevisionPage page = h.waitForPage(RevisionPage.class, 5);
        HarnessWait.until(30, () -> !page.model().revisions().isEmpty());
        RevisionTimeline.Revision original = page.model().revisions().get(0);
        assertThat(original.itemHash()).isEqualTo(codeRoot);
        assertThat(original.rollBackable()).isTrue();
        ListView<RevisionTimeline.Revision> list = h.inWizard(robot, "#revisionsList");
        robot.interact(() -> list.getSelectionModel().select(original));
        h.next(robot);
        signFromReview(robot);
        RunOutcome outcome = h.result(120);
        assertDone(outcome);

        String revision = h.posted(outcome, "STORE");
        JsonNode content = h.message(revision).path("message").path("content");
        assertThat(content.path("ref").asText()).isEqualTo(codeRoot);
        assertThat(content.path("item_hash").asText()).isEqualTo(originalFile);
        assertThat(h.status(revision)).isEqualTo("processed");
    }

    @Test
    void aFileDroppedOnAVolumeRowBecomesItsNewestRevision(FxRobot robot) throws Exception {
        h.waitForRows();
        VolumeRow shared = h.volume(DemoSeed.SHARED_VOLUME);
        Path file = temp.resolve("shared.bin");
        Files.writeString(file, "hsqs shared data v3 (a squashfs image, as compute nodes mount)\n");
        TableView<?> table = h.volumesTable(robot);
        TableRow<?> row = robot.from(table).lookup(".table-row-cell").match((TableRow<?> r) -> r.getItem() instanceof VolumeRow v
                && v.rootHash().equals(shared.rootHash())).queryAs(TableRow.class);
        robot.interact(() -> FileDropTarget.of(row).drop(List.of(file)));
        h.waitForPage(FilePage.class, 5);
        assertThat(h.<TextField>inWizard(robot, "#pathField").getText()).isEqualTo(file.toString());
        h.next(robot);
        signFromReview(robot);
        RunOutcome outcome = h.result(120);
        assertDone(outcome);

        String revision = h.posted(outcome, "STORE");
        JsonNode content = h.message(revision).path("message").path("content");
        assertThat(content.path("ref").asText()).isEqualTo(shared.rootHash());
        assertThat(content.path("item_hash").asText()).isEqualTo(LocalArtifacts.sha256(file));
        assertThat(h.status(revision)).isEqualTo("processed");
    }

    @Test
    void aPinnedCidBecomesARevisionOfTheVolume(FxRobot robot) throws Exception {
        h.waitForRows();
        VolumeRow assets = h.volume(DemoSeed.ASSETS_VOLUME);
        String cid = h.sandbox.client().ipfsAddFile(Files.writeString(temp.resolve("page.html"), "<h1>assets on IPFS</h1>\n"),
                null, false, null, null).cid();
        h.startFromVolume(robot, DemoSeed.ASSETS_VOLUME, "#pinCidButton");
        h.waitForPage(CidPage.class, 5);
        robot.clickOn(h.<TextField>inWizard(robot, "#cidField")).write(cid);
        h.next(robot);
        signFromReview(robot);
        RunOutcome outcome = h.result(120);
        assertDone(outcome);

        String revision = h.posted(outcome, "STORE");
        JsonNode content = h.message(revision).path("message").path("content");
        assertThat(content.path("item_type").asText()).isEqualTo("ipfs");
        assertThat(content.path("item_hash").asText()).isEqualTo(cid);
        assertThat(content.path("ref").asText()).isEqualTo(assets.rootHash());
        assertThat(h.status(revision)).isEqualTo("processed");
    }

    @Test
    void forgettingAnUnusedVolumeForgetsItsRootOnTheNode(FxRobot robot) {
        h.waitForRows();
        VolumeRow oldCode = h.volume(DemoSeed.OLD_API_CODE);
        h.startFromVolume(robot, DemoSeed.OLD_API_CODE, "#forgetButton");
        h.waitForPage(ReviewPage.class, 5);
        HarnessWait.untilPlanned(h);
        h.next(robot);
        h.confirmTyped(robot);
        RunOutcome outcome = h.result(120);
        assertDone(outcome);

        assertThat(h.status(oldCode.rootHash())).isEqualTo("forgotten");
        assertThat(h.status(h.posted(outcome, "FORGET"))).isEqualTo("processed");
        HarnessWait.until(30, () -> h.context.shell().volumes().rows().stream()
                .noneMatch(v -> v.rootHash().equals(oldCode.rootHash()) && v.status() != ItemStatus.FORGOTTEN));
    }

    @Test
    void aFolderDroppedOnTheVolumesTableIsUploadedAsANewSquashfsVolume(FxRobot robot) throws Exception {
        h.waitForRows();
        Path folder = Files.createDirectories(temp.resolve("media"));
        Files.writeString(folder.resolve("content.txt"), "media v1\n");
        TableView<?> table = h.volumesTable(robot);
        robot.interact(() -> FileDropTarget.of(table).drop(List.of(folder)));
        h.waitForPage(FilePage.class, 5);
        TextField name = h.inWizard(robot, "#nameField");
        robot.interact(() -> name.setText(""));
        robot.clickOn(name).write("media volume");
        h.next(robot);
        h.waitForPage(ReviewPage.class, 10);
        HarnessWait.untilPlanned(h);
        h.next(robot);
        if (h.frame().current() instanceof ConfirmPage) {
            h.next(robot);
        }
        RunOutcome outcome = h.result(120);
        assertDone(outcome);

        String root = h.posted(outcome, "STORE");
        JsonNode content = h.message(root).path("message").path("content");
        assertThat(content.path("ref").isMissingNode() || content.path("ref").isNull()).as("a new root").isTrue();
        assertThat(h.status(root)).isEqualTo("processed");
        Path image = h.download(content.path("item_hash").asText(), temp.resolve("media.squashfs"));
        assertThat(ReferenceTools.run("unsquashfs", "-l", image.toString())).contains("content.txt");
        HarnessWait.until(30, () -> h.context.shell().volumes().rows().stream().anyMatch(v -> v.rootHash().equals(root)
                && "media volume".equals(v.name())));
    }
}
