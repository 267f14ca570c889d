package org.alephdeploy.ui.wizard;

import javafx.beans.value.ObservableBooleanValue;

/** A page's controller as the wizard frame drives it. FX thread only. */
public interface WizardPage {
    /** The message key of the page's heading (also its step name). */
    String titleKey();

    /** True when Next may be pressed. */
    ObservableBooleanValue valid();

    /** The page became visible. */
    default void entered() {
    }

    /**
     * Next was pressed on this page: call {@code proceed} to move on (now, or once background work
     * such as unlocking the account succeeded), or leave it uncalled to stay.
     */
    default void leaving(Runnable proceed) {
        proceed.run();
    }
}
