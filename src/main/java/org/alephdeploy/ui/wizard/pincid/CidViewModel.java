package org.alephdeploy.ui.wizard.pincid;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.ui.fx.I18n;

/**
 * The "choose the CID" page: the CID as typed, its shape checked at each keystroke (pure, no
 * network), and what pinning it does: a new volume, or a revision of the chosen one. FX thread only.
 */
public final class CidViewModel {
    private final PinCidInputs inputs;
    private final String hint;
    private final StringBinding error;
    private final BooleanBinding valid;

    /** @param volumeName the volume the CID becomes a revision of, or null for a new volume */
    public CidViewModel(PinCidInputs inputs, String volumeName) {
        this.inputs = inputs;
        this.hint = volumeName == null ? I18n.get("wizard.pinCid.hintNew") : I18n.format("wizard.pinCid.hint", volumeName);
        error = Bindings.createStringBinding(() -> problem(inputs.cidProperty().get()), inputs.cidProperty());
        valid = Bindings.createBooleanBinding(() -> cid().isEmpty() ? false : problem(cid()).isEmpty(), inputs.cidProperty());
    }

    private String cid() {
        String t = inputs.cidProperty().get();
        return t == null ? "" : t.strip();
    }

    /** What is wrong with {@code typed}, "" when it is a CID or still empty. */
    static String problem(String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty() || ItemHashes.isCid(t)) {
            return "";
        }
        if (ItemHashes.isSha256Hex(t)) {
            return I18n.get("wizard.pinCid.isHash");
        }
        if (t.startsWith("Qm") && t.length() != 46) {
            return I18n.format("wizard.pinCid.length", t.length());
        }
        return I18n.get("wizard.pinCid.invalid");
    }

    public String hint() {
        return hint;
    }

    public StringProperty cidProperty() {
        return inputs.cidProperty();
    }

    public StringBinding errorBinding() {
        return error;
    }

    public BooleanBinding validBinding() {
        return valid;
    }
}
