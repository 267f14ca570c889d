package org.alephdeploy.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.alephdeploy.deploy.outcome.OperationStatus;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.sandbox.DemoSeed;
import org.alephdeploy.service.engine.SandboxEngine;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.volumes.VolumeRow;
import org.alephdeploy.ui.wizard.rollback.RevisionPage;
import org.alephdeploy.ui.wizard.rollback.RevisionTimeline;
import org.alephdeploy.ui.wizard.rollback.RevisionViewModel;
import org.alephdeploy.ui.wizard.settings.SettingsDiff;
import org.alephdeploy.ui.wizard.settings.SettingsPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The intent-specific input pages end to end: the window against a demo sandbox node, the node
 * checked over HTTP. The amend runs last: its result page boots the program on the local compute
 * node, and a window set up right after that can exceed the toolkit's setup time on a loaded machine.
 */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InputPagesFlowTest {
    private WizardHarness h;

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

    @Test
    @Order(2)
    void theSettingsEditorShowsTheDiffAndItsChangeAmendsTheProgramOnTheNode(FxRobot robot) {
        h.waitForRows();
        ProgramRow web = h.program(DemoSeed.WEB_API);
        robot.interact(() -> h.launcher.intents().changeSettings(web));
        SettingsPage page = h.waitForPage(SettingsPage.class, 5);
        HarnessWait.until(30, () -> page.model().loadedProperty().get());
        int memory = web.memoryMiB() * 2;
        robot.interact(() -> {
            page.model().memoryProperty().set(String.valueOf(memory));
            page.model().variablesProperty().set(page.model().variablesProperty().get() + "REGION=eu\n");
        });
        assertThat(page.model().diff()).extracting(SettingsDiff.Line::what, SettingsDiff.Line::after)
                .contains(tuple("Memory", memory + " MiB"), tuple("Variable REGION", "eu"));
        assertThat(h.frame().currentRoot().lookup("#diffTable")).isNotNull();

        h.next(robot);
        h.waitForPage(ReviewPage.class, 5);
        HarnessWait.untilPlanned(h);
        h.next(robot);
        h.waitForPage(ConfirmPage.class, 5);
        h.next(robot);
        h.waitForPage(ResultPage.class, 120);
        RunOutcome outcome = ((ResultPage) h.frame().current()).outcome();
        assertThat(outcome.status()).as(outcome.words()).isEqualTo(OperationStatus.DONE);

        String amend = outcome.results().values().stream()
                .filter(hash -> h.message(hash).path("message").path("type").asText().equals("PROGRAM")).findFirst().orElseThrow();
        JsonNode content = h.message(amend).path("message").path("content");
        assertThat(content.path("resources").path("memory").asInt()).isEqualTo(memory);
        assertThat(content.path("variables").path("REGION").asText()).isEqualTo("eu");
    }

    @Test
    @Order(1)
    void theRevisionListSaysEachRevisionInWordsAndRollsTheVolumeBack(FxRobot robot) {
        h.waitForRows();
        VolumeRow assets = h.volume(DemoSeed.ASSETS_VOLUME);
        robot.interact(() -> h.launcher.intents().rollBack(assets));
        RevisionPage page = h.waitForPage(RevisionPage.class, 5);
        HarnessWait.until(30, () -> !page.model().revisions().isEmpty());
        assertThat(page.model().revisions()).hasSize(3);
        ListView<RevisionTimeline.Revision> list = h.inWizard(robot, "#revisionsList");
        assertThat(list.getItems()).hasSize(3);
        assertThat(RevisionViewModel.words(page.model().revisions().get(0))).startsWith("Original · ").contains("signed by");
        RevisionTimeline.Revision target = page.model().revisions().stream().filter(RevisionTimeline.Revision::rollBackable)
                .findFirst().orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(target));
        assertThat(page.model().validProperty().get()).isTrue();

        h.next(robot);
        h.waitForPage(ReviewPage.class, 5);
        HarnessWait.untilPlanned(h);
        // a roll-back keeps the URL and can itself be rolled back: it signs from the review page, without a confirmation page
        h.next(robot);
        h.waitForPage(ResultPage.class, 120);
        RunOutcome outcome = ((ResultPage) h.frame().current()).outcome();
        assertThat(outcome.status()).as(outcome.words()).isEqualTo(OperationStatus.DONE);
    }
}
