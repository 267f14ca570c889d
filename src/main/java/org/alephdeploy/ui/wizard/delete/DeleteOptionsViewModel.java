package org.alephdeploy.ui.wizard.delete;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import org.alephdeploy.ui.fx.I18n;

/**
 * The delete options: what stops working (the program's URL, for good) and whether the code and
 * volumes nothing else uses are forgotten too, with what that choice means. Nothing here can be
 * wrong, so Next is always allowed; the confirmation asks for the typed name. FX thread only.
 */
public final class DeleteOptionsViewModel {
    private final DeleteInputs inputs;
    private final String hint;
    private final StringBinding volumesWords;

    public DeleteOptionsViewModel(DeleteInputs inputs, String programName, String url) {
        this.inputs = inputs;
        this.hint = I18n.format("wizard.delete.hint", programName, url == null ? "" : url);
        volumesWords = Bindings.createStringBinding(() -> I18n.get(inputs.forgetUnusedVolumesProperty().get()
                ? "wizard.delete.volumesGo" : "wizard.delete.volumesStay"), inputs.forgetUnusedVolumesProperty());
    }

    /** What deleting stops, in words. */
    public String hint() {
        return hint;
    }

    public BooleanProperty forgetUnusedVolumesProperty() {
        return inputs.forgetUnusedVolumesProperty();
    }

    /** What the volumes choice means. */
    public StringBinding volumesWordsBinding() {
        return volumesWords;
    }
}
