package org.alephdeploy.ui.wizard.pincid;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.alephdeploy.ui.wizard.WizardInputs;

/** The input of "pin a CID": the IPFS CID as typed. FX thread only. */
public final class PinCidInputs implements WizardInputs {
    private final StringProperty cid = new SimpleStringProperty(this, "cid", "");

    public PinCidInputs(String initial) {
        cid.set(initial == null ? "" : initial);
    }

    public StringProperty cidProperty() {
        return cid;
    }
}
