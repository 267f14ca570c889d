package org.alephdeploy.ui.wizard.rollback;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.ui.wizard.WizardContext;
import org.alephdeploy.ui.wizard.WizardSpec;
import org.alephdeploy.ui.wizard.WizardState;

/** Roll back code or a volume: an older revision's file becomes current again, without re-uploading it. */
public final class RollBackWizard implements WizardSpec {
    static final String PAGE = "/org/alephdeploy/ui/wizard/rollback/Revision.fxml";

    @Override
    public String titleKey() {
        return "wizard.rollBack.title";
    }

    @Override
    public List<String> inputPages() {
        return List.of(PAGE);
    }

    @Override
    public Map<Class<?>, Function<WizardContext, Object>> controllers() {
        return Map.of(RevisionPage.class, RevisionPage::new);
    }

    @Override
    public Intent intent(WizardState state, LocalArtifact artifact) {
        RollBackInputs in = state.inputs(RollBackInputs.class);
        return new Intent.Rollback(in.rootProperty().get(), in.revisionProperty().get());
    }
}
