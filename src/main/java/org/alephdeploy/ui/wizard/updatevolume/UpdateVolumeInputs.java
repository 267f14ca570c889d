package org.alephdeploy.ui.wizard.updatevolume;

import java.nio.file.Path;
import org.alephdeploy.ui.wizard.ChosenFile;

/** The input of "update a volume": the file or folder (packed as squashfs) of its new revision. FX thread only. */
public final class UpdateVolumeInputs extends ChosenFile {
    public UpdateVolumeInputs(Path initial) {
        super(initial);
    }
}
