package org.alephdeploy.deploy.inventory;

import java.util.List;

/** Whether a compute node would start a program with the files it would use now, and if not, why. */
public record BootCheck(boolean ok, List<BootProblem> problems) {
    public BootCheck {
        problems = List.copyOf(problems);
    }

    public static BootCheck of(List<BootProblem> problems) {
        return new BootCheck(problems.isEmpty(), problems);
    }

    /** Every problem's words, one after the other (for a tooltip or a line of text). */
    public String words() {
        return String.join(" ", problems.stream().map(BootProblem::words).toList());
    }
}
