package org.alephdeploy.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.alephdeploy.ccn.Cancellation;
import org.alephdeploy.deploy.Engine;
import org.alephdeploy.deploy.outcome.OperationStatus;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.SettingsChange;
import org.alephdeploy.deploy.run.RunListener;
import org.alephdeploy.sandbox.DemoSeed;
import org.alephdeploy.service.engine.SandboxEngine;
import org.alephdeploy.ui.activity.ActivityRow;
import org.alephdeploy.ui.activity.ActivityState;
import org.alephdeploy.ui.programs.ProgramRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Resume from the Activity tab: an operation stopped after its first step runs to its end through the wizard's pages. */
@ExtendWith(ApplicationExtension.class)
class ResumeFlowTest {
    private WizardHarness h;

    @Start
    void start(Stage stage) {
        h = new WizardHarness(stage, SandboxEngine.account());
    }

    @AfterEach
    void stop(FxRobot robot) {
        h.stop(robot);
    }

    @Test
    void anInterruptedOperationIsResumedFromTheActivityTabToItsEnd(FxRobot robot) {
        h.waitForRows();
        ProgramRow web = h.program(DemoSeed.WEB_API);
        RunOutcome stopped = interruptedChangeOf(web);
        assertThat(stopped.status()).as(stopped.words()).isEqualTo(OperationStatus.INTERRUPTED);

        robot.interact(() -> robot.lookup(".main-tabs").queryAs(TabPane.class).getSelectionModel().select(2));
        HarnessWait.until(30, () -> h.context.shell().activity().rows().stream()
                .anyMatch(r -> r.id().equals(stopped.operationId()) && r.state() == ActivityState.INTERRUPTED));
        TableView<ActivityRow> table = robot.lookup("#activityTable").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> r.id().equals(stopped.operationId())).findFirst().orElseThrow()));
        WizardFrameController before = h.frame();
        Button resume = robot.lookup("#resumeButton").queryAs(Button.class);
        HarnessWait.until(10, () -> !resume.isDisabled());
        robot.clickOn(resume);
        HarnessWait.until(10, () -> h.frame() != before);
        h.waitForPage(ConfirmPage.class, 10);
        h.next(robot);
        RunOutcome outcome = h.result(120);
        assertThat(outcome.status()).as(outcome.words()).isEqualTo(OperationStatus.DONE);
        assertThat(outcome.operationId()).isEqualTo(stopped.operationId());

        String amend = h.posted(outcome, "PROGRAM");
        assertThat(h.message(amend).path("message").path("content").path("resources").path("vcpus").asInt()).isEqualTo(3);
        assertThat(h.status(amend)).isEqualTo("processed");
        HarnessWait.until(30, () -> h.context.shell().activity().rows().stream()
                .anyMatch(r -> r.id().equals(stopped.operationId()) && r.state() == ActivityState.DONE));
    }

    /** A settings change of {@code program} run by the engine and stopped after its first step, as a closed window would leave it. */
    private RunOutcome interruptedChangeOf(ProgramRow program) {
        Engine engine = h.sandbox.engine();
        String account = DemoSeed.ACCOUNT_0;
        Plan plan = (Plan) engine.plan(new Intent.ChangeSettings(program.itemHash(), SettingsChange.resources(3, null, null)), account, account);
        Cancellation cancel = Cancellation.create();
        RunListener stopAfterFirst = new RunListener() {
            @Override
            public void step(int index, int count, String words) {
                cancel.cancel();
            }
        };
        return engine.apply(plan, account, SandboxEngine.signer(), stopAfterFirst, cancel);
    }
}
