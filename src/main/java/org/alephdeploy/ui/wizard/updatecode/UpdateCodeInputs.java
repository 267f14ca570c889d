package org.alephdeploy.ui.wizard.updatecode;

import java.nio.file.Path;
import org.alephdeploy.ui.wizard.ChosenFile;

/** The input of "update code": the file or folder that becomes the program's new code. FX thread only. */
public final class UpdateCodeInputs extends ChosenFile {
    public UpdateCodeInputs(Path initial) {
        super(initial);
    }
}
