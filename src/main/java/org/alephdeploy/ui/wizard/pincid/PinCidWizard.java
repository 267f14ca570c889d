package org.alephdeploy.ui.wizard.pincid;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.ui.wizard.WizardContext;
import org.alephdeploy.ui.wizard.WizardSpec;
import org.alephdeploy.ui.wizard.WizardState;

/** Pin an IPFS CID: as a revision of the selected volume, or as a new volume when none is selected. */
public final class PinCidWizard implements WizardSpec {
    static final String PAGE = "/org/alephdeploy/ui/wizard/pincid/Cid.fxml";

    @Override
    public String titleKey() {
        return "wizard.pinCid.title";
    }

    @Override
    public List<String> inputPages() {
        return List.of(PAGE);
    }

    @Override
    public Map<Class<?>, Function<WizardContext, Object>> controllers() {
        return Map.of(CidPage.class, CidPage::new);
    }

    @Override
    public Intent intent(WizardState state, LocalArtifact artifact) {
        return new Intent.PinCid(state.volume() == null ? null : state.volume().rootHash(), state.inputs(PinCidInputs.class).cidProperty().get().strip());
    }
}
