package org.alephdeploy.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.alephdeploy.ui.wizard.WizardSteps.Kind;
import org.alephdeploy.ui.wizard.WizardSteps.Mark;
import org.junit.jupiter.api.Test;

/** The steps bar lists only the pages the wizard will pass through, and follows what planning tells. */
class WizardStepsTest {
    private static WizardSteps updateCode() {
        return new WizardSteps(List.of(Kind.INPUT, Kind.REVIEW, Kind.CONFIRM, Kind.RUN, Kind.RESULT),
                List.of("wizard.file.title", "wizard.review.title", "wizard.confirm.title", "wizard.run.title", "wizard.result.title"));
    }

    private static List<String> titles(List<WizardSteps.Step> steps) {
        return steps.stream().map(s -> s.number() + ". " + s.titleKey()).toList();
    }

    @Test
    void untilThePlanSaysOtherwiseConfirmIsListedAndOnceItSignsFromTheReviewItGoes() {
        WizardSteps steps = updateCode();
        steps.visit(0);
        assertThat(titles(steps.steps(0, false))).containsExactly("1. wizard.file.title", "2. wizard.review.title",
                "3. wizard.confirm.title", "4. wizard.run.title", "5. wizard.result.title");

        steps.visit(1);
        List<WizardSteps.Step> planned = steps.steps(1, true);
        assertThat(titles(planned)).containsExactly("1. wizard.file.title", "2. wizard.review.title", "3. wizard.run.title",
                "4. wizard.result.title");
        assertThat(planned).extracting(WizardSteps.Step::mark).containsExactly(Mark.DONE, Mark.CURRENT, Mark.UPCOMING, Mark.UPCOMING);
        assertThat(steps.next(1, true)).as("Sign and run goes straight to the run page").isEqualTo(3);
        assertThat(steps.next(1, false)).isEqualTo(2);
        assertThat(steps.next(4, true)).as("nothing after the result").isEqualTo(-1);
    }

    @Test
    void aConfirmPagePassedStaysInTheBarEvenWhenTheAccountWasUnlockedThere() {
        WizardSteps steps = updateCode();
        for (int i = 0; i <= 3; i++) {
            steps.visit(i);
        }
        List<WizardSteps.Step> run = steps.steps(3, true);
        assertThat(titles(run)).contains("3. wizard.confirm.title");
        assertThat(run).filteredOn(s -> s.mark() == Mark.CURRENT).extracting(WizardSteps.Step::titleKey).containsExactly("wizard.run.title");
    }

    @Test
    void onlyAConfirmRightAfterAReviewCanBeSkipped() {
        WizardSteps resume = new WizardSteps(List.of(Kind.CONFIRM, Kind.RUN, Kind.RESULT),
                List.of("wizard.confirm.title", "wizard.run.title", "wizard.result.title"));
        assertThat(titles(resume.steps(0, true))).containsExactly("1. wizard.confirm.title", "2. wizard.run.title", "3. wizard.result.title");
        assertThat(resume.next(0, true)).isEqualTo(1);
    }
}
