package org.alephdeploy.ui.control;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.alephdeploy.ui.model.IntentState;

/**
 * Binds a button to an {@link IntentState}: enabled or not, and the reason or effect as its
 * tooltip. A disabled control gets no mouse events, so the tooltip also goes on the button's
 * wrapper, which does. The button keeps the state it follows: a derived binding is held only
 * weakly by what it observes, so without that reference it would stop updating after a GC.
 */
public final class IntentButton {
    private IntentButton() {
    }

    public static void bind(ButtonBase button, Region wrapper, ObservableValue<IntentState> state) {
        Tooltip onButton = new Tooltip();
        Tooltip onWrapper = new Tooltip();
        onButton.setWrapText(true);
        onWrapper.setWrapText(true);
        onButton.setMaxWidth(360);
        onWrapper.setMaxWidth(360);
        button.setTooltip(onButton);
        Tooltip.install(wrapper, onWrapper);
        Runnable apply = () -> {
            IntentState s = state.getValue();
            button.setDisable(!s.enabled());
            onButton.setText(s.reason());
            onWrapper.setText(s.reason());
        };
        button.getProperties().put(IntentButton.class, state);
        state.addListener((obs, old, now) -> apply.run());
        apply.run();
    }
}
