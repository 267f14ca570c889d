package org.alephdeploy.ui.wizard;

import java.util.function.BooleanSupplier;

/** Waits used by the wizard tests. */
final class HarnessWait {
    private HarnessWait() {
    }

    static void until(long seconds, BooleanSupplier condition) {
        WizardHarness.waitFor(seconds, condition);
    }

    /** Until the review page has a plan or a refusal. */
    static void untilPlanned(WizardHarness h) {
        until(120, () -> h.frame().current() instanceof ReviewPage && h.frame().currentRoot() != null
                && (h.frame().currentRoot().lookup("#planBox").isVisible() || h.frame().currentRoot().lookup("#refusalBox").isVisible()
                        || h.frame().currentRoot().lookup("#errorBox").isVisible()));
        javafx.scene.Node error = h.frame().currentRoot().lookup("#errorBox");
        if (error.isVisible()) {
            throw new AssertionError("planning failed: " + ((javafx.scene.control.Label) h.frame().currentRoot()
                    .lookup("#errorLabel")).getText());
        }
    }
}
