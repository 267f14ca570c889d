package org.alephdeploy.ui.wizard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.alephdeploy.deploy.inventory.ProgramView;
import org.alephdeploy.deploy.outcome.OperationStatus;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.Step;
import org.alephdeploy.service.engine.Planned;
import org.alephdeploy.ui.fx.I18n;

/**
 * What the result page says, read from the wizard's state once the run ended: how it ended, the
 * program's URL (and after a re-create the old URL it replaces), the new STORE, what was done and
 * checked, how to go back, what to do next (open, copy, show in programs, roll back) and the raw
 * log. Pure: no toolkit needed.
 *
 * @param status how the run ended; null when it was stopped before it could tell
 * @param words the outcome in a sentence, or why it stopped
 * @param programHash the program the run leaves (new or kept), or null
 * @param oldUrl the URL that stopped working (re-create, amend), or null
 * @param newStore the STORE the run published, or null
 * @param storeName the name of the volume (or code) that STORE belongs to, to lead its heading; null without one
 * @param canRollBack true when the change replaced a revision that a roll-back can bring back
 */
public record ResultViewModel(OperationStatus status, String words, String programHash, String oldUrl, String newStore,
        String storeName, List<String> done, List<String> checks, List<String> goBack, List<Intent> next, List<String> nextWords,
        boolean canRollBack, String rawLog) {

    /** The program's URL, or null without a program. */
    public String url() {
        return programHash == null ? null : ProgramView.urlOf(programHash);
    }

    public boolean ok() {
        return status == OperationStatus.DONE;
    }

    /** The result of {@code state}'s run; {@code notes} are the runner's notes for the raw log. */
    public static ResultViewModel of(WizardState state, List<String> notes) {
        RunOutcome outcome = state.outcomeProperty().get();
        Planned planned = state.plannedProperty().get();
        Plan plan = planned == null ? null : planned.plan();
        if (outcome == null) {
            Throwable error = state.runErrorProperty().get();
            return new ResultViewModel(null, error == null || error.getMessage() == null ? "" : error.getMessage(), null, null,
                    null, null, List.of(), List.of(), List.of(), List.of(), List.of(), false, String.join("\n", notes));
        }
        String program = null;
        String store = null;
        if (plan != null) {
            for (Step s : plan.steps()) {
                String hash = outcome.results().get(s.index());
                if (hash != null && s instanceof Step.PublishProgram) {
                    program = hash;
                } else if (hash != null && s instanceof Step.PublishStore) {
                    store = hash;
                }
            }
        }
        String kept = state.program() == null ? null : state.program().itemHash();
        String oldUrl = program != null && kept != null && !program.equals(kept) ? ProgramView.urlOf(kept) : null;
        if (program == null && outcome.ok() && !(plan != null && plan.intent() instanceof Intent.DeleteProgram)) {
            program = kept;
        }
        List<Intent> next = new ArrayList<>();
        List<String> nextWords = new ArrayList<>();
        if (plan != null && outcome.ok()) {
            plan.followUps().forEach(f -> {
                next.add(f.intent());
                nextWords.add(f.words());
            });
        }
        boolean rollBack = outcome.ok() && plan != null && oldUrl == null && store != null
                && (plan.intent() instanceof Intent.UpdateCode || plan.intent() instanceof Intent.UpdateVolume);
        List<String> log = new ArrayList<>(outcome.done());
        log.addAll(outcome.remaining().stream().map(r -> "not done: " + r).toList());
        log.addAll(notes);
        StepWords said = StepWords.of(planned == null ? null : planned.inventory());
        return new ResultViewModel(outcome.status(), outcome.words(), program, oldUrl, store,
                store == null ? null : storeName(state, plan), outcome.done(),
                outcome.checks().stream().map(c -> (c.ok() ? "✓ " : "✗ ") + said.say(c.words())).toList(),
                outcome.ok() ? List.of() : outcome.howToGoBack(), next, nextWords, rollBack, String.join("\n", log));
    }

    /** The volume a published STORE belongs to: the new volume's name or file, the volume's, else the program's code. */
    static String storeName(WizardState state, Plan plan) {
        if (plan != null && plan.intent() instanceof Intent.UploadVolume u) {
            if (u.name() != null && !u.name().isBlank()) {
                return u.name();
            }
            Path file = Path.of(u.artifact().path()).getFileName();
            return file == null ? u.artifact().path() : file.toString();
        }
        if (state.volume() != null) {
            return state.targetName();
        }
        return state.program() == null ? null : I18n.format("wizard.result.codeOf", state.targetName());
    }
}
