package org.alephdeploy.ui.wizard.recreate;

import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.SettingsChange;
import org.alephdeploy.ui.wizard.WizardInputs;

/**
 * The input of "delete and recreate": the new code (optional), the settings carried over from the
 * step that led here, whether the new program is made updatable (on by default) and whether the
 * old one goes first. FX thread only.
 */
public final class RecreateInputs implements WizardInputs {
    private final ObjectProperty<Path> code = new SimpleObjectProperty<>(this, "code");
    private final SettingsChange change;
    private final BooleanProperty makeUpdatable = new SimpleBooleanProperty(this, "makeUpdatable", true);
    private final BooleanProperty deleteFirst = new SimpleBooleanProperty(this, "deleteFirst");
    private final String reason;

    /** A recreate with no new code and no settings change, asked for from the program's menu. */
    public RecreateInputs() {
        this(null, SettingsChange.none(), true, false, null);
    }

    /**
     * @param reason why the wizard opened on a recreate instead of what the user asked (a locked
     *               program's code update), shown on the page; null when the user asked for it
     */
    public RecreateInputs(Path code, SettingsChange change, boolean makeUpdatable, boolean deleteFirst, String reason) {
        this.code.set(code);
        this.change = change == null ? SettingsChange.none() : change;
        this.makeUpdatable.set(makeUpdatable);
        this.deleteFirst.set(deleteFirst);
        this.reason = reason;
    }

    /** The inputs of a planned recreate (a refusal's alternative): its code file pre-filled, its settings kept. */
    public static RecreateInputs of(Intent.Recreate i) {
        return new RecreateInputs(i.newCode() == null ? null : Path.of(i.newCode().path()), i.change(), i.makeUpdatable(),
                i.deleteFirst(), null);
    }

    public ObjectProperty<Path> codeProperty() {
        return code;
    }

    public SettingsChange change() {
        return change;
    }

    public BooleanProperty makeUpdatableProperty() {
        return makeUpdatable;
    }

    public BooleanProperty deleteFirstProperty() {
        return deleteFirst;
    }

    /** Why the wizard is a recreate although the user asked for something else, or null. */
    public String reason() {
        return reason;
    }

    @Override
    public Path artifact() {
        return code.get();
    }
}
