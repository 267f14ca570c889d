package org.alephdeploy.ui.wizard.rollback;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.alephdeploy.ui.wizard.WizardInputs;

/**
 * The input of "roll back": the root STORE whose revisions are listed (a volume's root, or a
 * program's code root) and the revision chosen to become current again. FX thread only.
 */
public final class RollBackInputs implements WizardInputs {
    private final StringProperty root = new SimpleStringProperty(this, "root");
    private final StringProperty revision = new SimpleStringProperty(this, "revision");

    /** @param root the root when known (from the details pane), else null; @param revision the preselected revision or null */
    public RollBackInputs(String root, String revision) {
        this.root.set(root);
        this.revision.set(revision);
    }

    public StringProperty rootProperty() {
        return root;
    }

    public StringProperty revisionProperty() {
        return revision;
    }
}
