package org.alephdeploy.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.alephdeploy.deploy.rehearse.CopySummary;
import org.alephdeploy.service.engine.LocalProgramCheck;
import org.alephdeploy.service.engine.RehearseRun;
import org.alephdeploy.service.rehearse.Rehearsal;
import org.alephdeploy.ui.fx.I18n;
import org.junit.jupiter.api.Test;

/** How a rehearsal's program check is told when the copy holds files left remote. */
class RehearsalReportTest {
    private static final String REAL = "mainnet";

    @Test
    void aMissingReferenceWithFilesLeftRemoteMayBeTheCopyOnly() {
        RehearsalReport report = report(2, "ref-missing");

        assertThat(report.program()).hasSize(2);
        assertThat(report.program().get(1)).startsWith("This may be the copy only: a file left on " + REAL)
                .contains("the sandbox's log").contains("Raise the cap");
        assertThat(report.lines().get(1)).startsWith("2 files, 3.0 MiB in all, above the cap of 1 MiB stay on " + REAL);
    }

    @Test
    void aMissingReferenceWithEverythingCopiedIsTheProgramsOwn() {
        RehearsalReport report = report(0, "ref-missing");

        assertThat(report.program().get(1)).isEqualTo("A compute node of " + REAL + " would refuse it too: fix this before you run it for real.");
        assertThat(report.lines().get(1)).isEqualTo("No file above the cap of 1 MiB this time: every file needed was copied.");
    }

    @Test
    void countsAreProperPluralsNotParentheses() {
        assertThat(report(0, "ref-missing").lines().get(0)).startsWith("Copied 3 messages and 2 files from " + REAL);
        assertThat(I18n.format("wizard.review.rehearsalCopied", 1, 1, REAL, "0.1"))
                .isEqualTo("Copied 1 message and 1 file from " + REAL + " in 0.1 s.");
        assertThat(report(1, "ref-missing").lines().get(1)).startsWith("1 file, ");
    }

    private static RehearsalReport report(int remote, String code) {
        CopySummary copy = new CopySummary(REAL, "0xabc", false, 3, 3, 0, List.of(), 2, remote, 0, 1000, 1500,
                remote * 1536L * 1024);
        LocalProgramCheck.Result check = new LocalProgramCheck.Result("a".repeat(64), LocalProgramCheck.Verdict.WILL_NOT_START,
                "The code (revision x) is not on this node.", List.of(code), -1, List.of(), 0, 200);
        return RehearsalReport.of(new RehearseRun.Result(new Rehearsal.Outcome(copy, null, null), check, 1024 * 1024), REAL);
    }
}
