package org.alephdeploy.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.alephdeploy.deploy.SandboxWorld;
import org.alephdeploy.sandbox.DemoSeed;
import org.alephdeploy.service.engine.Rehearsals;
import org.alephdeploy.service.engine.SandboxEngine;
import org.alephdeploy.service.rehearse.Rehearsal;
import org.alephdeploy.ui.programs.ProgramRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "Rehearse first" in the window: the demo sandbox stands for the real network, a second sandbox holds the copy. */
@ExtendWith(ApplicationExtension.class)
class ReviewRehearsalFlowTest {
    private static final String REAL = "demo-real";

    private final SandboxWorld copy = SandboxWorld.start();
    private WizardHarness h;

    @Start
    void start(Stage stage) {
        h = new WizardHarness(stage, SandboxEngine.account(), real -> new Rehearsals() {
            @Override
            public Optional<String> realNetwork() {
                return Optional.of(REAL);
            }

            @Override
            public Rehearsal open() {
                return new Rehearsal(real.engine(), copy.engine, copy.node.url(), copy.dir.resolve("rehearse"));
            }
        });
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() != null).toList()
                .forEach(Window::hide));
        robot.interact(h::close);
        copy.close();
    }

    @Test
    void aRecreateRehearsedFromTheReviewShowsTheMarkedResultAndRunForRealPlansAgain(FxRobot robot) {
        h.waitForRows();
        ProgramRow site = h.program(DemoSeed.STATIC_SITE);
        long before = h.get("/api/v0/messages/hashes?pagination=1").path("pagination_total").asLong();
        robot.interact(() -> h.launcher.intents().recreate(site));
        h.next(robot);
        h.waitForPage(ReviewPage.class, 5);
        HarnessWait.untilPlanned(h);
        assertThat(h.frame().currentRoot().lookup("#rehearseBox").isVisible()).isTrue();
        assertThat(h.frame().currentRoot().lookup("#rehearsalBox").isVisible()).isFalse();

        Button rehearse = h.inWizard(robot, "#rehearseButton");
        Stage wizard = (Stage) h.frame().currentRoot().getScene().getWindow();
        String normalTitle = wizard.getTitle();
        Node strip = wizard.getScene().lookup("#rehearsalStrip");
        Label header = (Label) wizard.getScene().lookup("#titleLabel");
        assertThat(strip.isVisible()).isFalse();
        assertThat(normalTitle).doesNotContainIgnoringCase("rehearsal");
        Button next = h.inWizard(robot, "#nextButton");
        List<Object> whileRunning = new ArrayList<>();
        robot.interact(() -> {
            rehearse.fire();
            whileRunning.addAll(List.of(((ReviewPage) h.frame().current()).model().rehearsingProperty().get(),
                    strip.isVisible(), ((Label) strip.lookup(".strip-text")).getText(), wizard.getTitle(), header.getText(),
                    next.isDisabled()));
        });
        assertThat(whileRunning).containsExactly(ReviewViewModel.Rehearsing.RUNNING, true,
                "REHEARSAL on a local copy of your state on " + REAL + ", in the sandbox on this computer — nothing is sent to "
                        + REAL + ".", "Rehearsal: " + normalTitle, "Rehearsal: " + normalTitle, true);
        assertThat(((Label) h.frame().currentRoot().getScene().lookup(".wizard-step-current")).getText()).endsWith("(rehearsal)");
        HarnessWait.until(120, () -> h.frame().currentRoot().lookup("#rehearsalBox").isVisible()
                || h.frame().currentRoot().lookup("#rehearsalErrorLabel").isVisible());

        assertThat(h.<Label>inWizard(robot, "#rehearsalErrorLabel").getText()).isNull();
        assertThat(h.<Label>inWizard(robot, "#rehearsalHeading").getText())
                .isEqualTo("REHEARSAL on a local copy — nothing was sent to " + REAL);
        ReviewPage page = (ReviewPage) h.frame().current();
        assertThat(page.model().rehearsalProperty().get().doneAndVerified())
                .as(String.join("\n", page.model().rehearsalProperty().get().lines())).isTrue();
        assertThat(page.model().rehearsalProperty().get().program()).as("the copy's sandbox does not run programs")
                .singleElement().asString().startsWith("Cannot be tried on this computer: ").contains("says nothing about " + REAL);
        Button forReal = h.inWizard(robot, "#runForRealButton");
        assertThat(forReal.getText()).isEqualTo("Run for real on " + REAL);
        assertThat(h.get("/api/v0/messages/hashes?pagination=1").path("pagination_total").asLong()).isEqualTo(before);

        assertThat(strip.isVisible()).as("the result is shown in rehearsal mode").isTrue();
        assertThat(wizard.getTitle()).isEqualTo("Rehearsal: " + normalTitle);
        assertThat(h.<Button>inWizard(robot, "#nextButton").isDisabled()).as("no real signing from a rehearsal's result").isTrue();

        robot.interact(forReal::fire);
        HarnessWait.untilPlanned(h);
        assertThat(strip.isVisible()).isFalse();
        assertThat(wizard.getTitle()).isEqualTo(normalTitle);
        assertThat(header.getText()).isEqualTo(normalTitle);
        assertThat(((Label) h.frame().currentRoot().getScene().lookup(".wizard-step-current")).getText()).doesNotContain("rehearsal");
        assertThat(h.frame().currentRoot().lookup("#rehearsalBox").isVisible()).isFalse();
        assertThat(h.<Button>inWizard(robot, "#nextButton").isDisabled()).isFalse();
        assertThat(h.get("/api/v0/messages/hashes?pagination=1").path("pagination_total").asLong()).isEqualTo(before);
    }
}
