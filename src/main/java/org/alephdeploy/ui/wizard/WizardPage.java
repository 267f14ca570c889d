package org.alephdeploy.ui.wizard;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;

/** A page's controller as the wizard frame drives it. FX thread only. */
public interface WizardPage {
    /** The message key of the page's heading (also its step name). */
    String titleKey();

    /** True when Next may be pressed. */
    ObservableBooleanValue valid();

    /** The words of the Next button on this page, or null for the frame's own ("Next"). */
    default ObservableStringValue nextWords() {
        return null;
    }

    /** True when Next does something that cannot be undone (a danger button); null for never. */
    default ObservableBooleanValue dangerous() {
        return null;
    }

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
