package org.alephdeploy.ui.wizard.updatecode;

import java.nio.file.Path;
import org.alephdeploy.deploy.inventory.UpdatePath;
import org.alephdeploy.deploy.plan.SettingsChange;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.wizard.WizardSpec;
import org.alephdeploy.ui.wizard.WizardState;
import org.alephdeploy.ui.wizard.recreate.RecreateInputs;
import org.alephdeploy.ui.wizard.recreate.RecreateWizard;

/**
 * Which wizard new code for a program opens. A locked program whose code is pinned can take new
 * code only as a new program, so its update goes straight to the recreate wizard with the file
 * filled in and the reason said on the page, instead of a refusal at the review. Pure.
 */
public final class CodeUpdateRoute {
    /** The wizard to open and the state to open it on. */
    public record Start(WizardSpec spec, WizardState state) {
    }

    private CodeUpdateRoute() {
    }

    /** The wizard for new code {@code file} (null: not chosen yet) of {@code program}. */
    public static Start of(ProgramRow program, Path file) {
        if (program.codePath() == UpdatePath.RECREATE) {
            RecreateInputs inputs = new RecreateInputs(file, SettingsChange.none(), true, false,
                    I18n.format("wizard.recreate.fromUpdate", program.displayName()));
            return new Start(new RecreateWizard(), new WizardState(program, null, inputs));
        }
        return new Start(new UpdateCodeWizard(), new WizardState(program, null, new UpdateCodeInputs(file)));
    }
}
