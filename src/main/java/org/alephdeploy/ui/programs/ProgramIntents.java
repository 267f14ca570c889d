package org.alephdeploy.ui.programs;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the programs screen hands the intents the user starts. The wizards implement this in a
 * later round; until then an implementation only records them. Called on the FX thread; must
 * not block.
 */
public interface ProgramIntents {
    /** Update code; {@code files} is what was dropped on the row, empty when started from a button. */
    void updateCode(ProgramRow program, List<Path> files);

    void changeSettings(ProgramRow program);

    void delete(ProgramRow program);

    void recreate(ProgramRow program);

    void rollBackCode(ProgramRow program);
}
