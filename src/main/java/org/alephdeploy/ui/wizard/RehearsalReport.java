package org.alephdeploy.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.alephdeploy.deploy.plan.Refusal;
import org.alephdeploy.deploy.rehearse.CopySummary;
import org.alephdeploy.service.engine.LocalProgramCheck;
import org.alephdeploy.service.engine.RehearseRun;
import org.alephdeploy.service.rehearse.Rehearsal;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.model.Sizes;

/**
 * A finished rehearsal as the review page tells it: the heading that says nothing was sent to
 * the real network, what was copied (and what was left remote above the cap), how the run on the
 * copy ended, whether it ended done and verified, and — after a change to a program — what the
 * local compute node made of the copy's program: whether it boots and the first lines of its
 * answer to {@code GET /}.
 *
 * @param program       what the local compute node said of the changed program, in sentences; empty when none was checked
 * @param answer        the first lines of the program's answer (escaped, cut), to show as they are; empty without one
 * @param remoteFiles   how many files were above the cap and left remote by this copy
 */
public record RehearsalReport(String heading, List<String> lines, boolean doneAndVerified, String source,
        List<String> program, List<String> answer, int remoteFiles, LocalProgramCheck.Verdict verdict) {
    public RehearsalReport {
        lines = List.copyOf(lines);
        program = List.copyOf(program);
        answer = List.copyOf(answer);
    }

    static RehearsalReport of(RehearseRun.Result result, String source) {
        Rehearsal.Outcome outcome = result.outcome();
        List<String> lines = new ArrayList<>();
        CopySummary copy = outcome.copy();
        lines.add(I18n.format("wizard.review.rehearsalCopied", copy.messages(), copy.files(), source,
                String.format(Locale.ROOT, "%.1f", copy.millis() / 1000.0)));
        String cap = FileCap.format(result.maxFileSize());
        lines.add(copy.remoteFiles() == 0 ? I18n.format("wizard.review.rehearsalNoneRemote", cap)
                : I18n.format("wizard.review.rehearsalRemote", copy.remoteFiles(), Sizes.bytes(copy.remoteBytes()), cap, source));
        if (outcome.run() != null) {
            if (outcome.doneAndVerified()) {
                lines.add(I18n.get("wizard.review.rehearsalVerified"));
            } else {
                lines.add(outcome.run().words());
                lines.add(I18n.get("wizard.review.rehearsalNotVerified"));
            }
        } else if (outcome.plan() instanceof Refusal r) {
            lines.add(I18n.format("wizard.review.rehearsalRefused", r.reason()));
        } else {
            lines.add(I18n.get("wizard.review.rehearsalUnaffordable"));
        }
        LocalProgramCheck.Result p = result.program();
        List<String> program = p == null ? List.of() : program(p, source, copy.remoteFiles() > 0);
        List<String> answer = p == null ? List.of() : p.head();
        return new RehearsalReport(I18n.format("wizard.review.rehearsalHeading", source), lines, outcome.doneAndVerified(),
                source, program, answer, copy.remoteFiles(), p == null ? null : p.verdict());
    }

    private static List<String> program(LocalProgramCheck.Result p, String source, boolean someRemote) {
        String seconds = String.format(Locale.ROOT, "%.1f", p.millis() / 1000.0);
        return switch (p.verdict()) {
            case ANSWERED -> List.of(I18n.get("wizard.review.rehearsalBoots"),
                    I18n.format("wizard.review.rehearsalAnswer", p.status(), seconds, Sizes.bytes(p.bodyBytes())));
            case WILL_NOT_START -> {
                List<String> out = new ArrayList<>();
                out.add(I18n.format("wizard.review.rehearsalWillNotStart", p.reason(), seconds));
                boolean maybeRemote = someRemote && p.codes().contains("ref-missing");
                out.add(maybeRemote ? I18n.format("wizard.review.rehearsalRemoteHint", source)
                        : I18n.format("wizard.review.rehearsalWillNotStartDo", source));
                yield out;
            }
            case CANNOT_RUN_LOCALLY -> List.of(I18n.format("wizard.review.rehearsalCannotRun", p.reason(), source));
            case NOT_CHECKED -> List.of(I18n.format("wizard.review.rehearsalNotChecked", p.reason()));
        };
    }
}
