package org.alephdeploy.ui.volumes;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the volumes screen hands the intents the user starts; the wizards implement it later.
 * Called on the FX thread; must not block.
 */
public interface VolumeIntents {
    /** Update a volume; {@code files} is what was dropped on its row, empty from a button. */
    void updateVolume(VolumeRow volume, List<Path> files);

    void pinCid(VolumeRow volume);

    void rollBack(VolumeRow volume);

    void forget(VolumeRow volume);

    /** Files dropped on empty table space. */
    void uploadNewVolume(List<Path> files);
}
