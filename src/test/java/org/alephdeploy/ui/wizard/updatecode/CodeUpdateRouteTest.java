package org.alephdeploy.ui.wizard.updatecode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.alephdeploy.ui.model.ItemStatus;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.programs.RefPin;
import org.alephdeploy.ui.wizard.recreate.RecreateInputs;
import org.alephdeploy.ui.wizard.recreate.RecreateWizard;
import org.junit.jupiter.api.Test;

/** Which wizard new code opens: the update, or straight the recreate for a locked program with pinned code. */
class CodeUpdateRouteTest {
    private static ProgramRow program(boolean allowAmend, boolean codeFollowsLatest) {
        return new ProgramRow("site", "p".repeat(64), ItemStatus.PROCESSED, allowAmend, new RefPin("code", "c".repeat(64), codeFollowsLatest),
                new RefPin("runtime", "r".repeat(64), true), List.of(), 1, 256, Instant.EPOCH, "https://aleph.sh/vm/p", "0xabc", true, 1);
    }

    @Test
    void aProgramThatCanTakeTheCodeOpensTheUpdateWizardWithTheFile() {
        Path zip = Path.of("site-v2.zip");
        for (ProgramRow p : List.of(program(true, true), program(false, true), program(true, false))) {
            CodeUpdateRoute.Start start = CodeUpdateRoute.of(p, zip);
            assertThat(start.spec()).isInstanceOf(UpdateCodeWizard.class);
            assertThat(start.state().inputs(UpdateCodeInputs.class).artifact()).isEqualTo(zip);
        }
    }

    @Test
    void aLockedProgramWithPinnedCodeGoesStraightToRecreateWithTheFileAndTheReason() {
        Path zip = Path.of("site-v2.zip");
        CodeUpdateRoute.Start start = CodeUpdateRoute.of(program(false, false), zip);
        assertThat(start.spec()).isInstanceOf(RecreateWizard.class);
        RecreateInputs inputs = start.state().inputs(RecreateInputs.class);
        assertThat(inputs.artifact()).isEqualTo(zip);
        assertThat(inputs.makeUpdatableProperty().get()).isTrue();
        assertThat(inputs.reason()).contains("site is locked").contains("new hash and URL");
    }
}
