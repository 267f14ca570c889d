package org.alephdeploy.ui.wizard;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The steps bar of a wizard: the pages the wizard will really pass through, numbered, with the one
 * shown now and those done. The confirm page that follows the review is left out once the plan is
 * known to sign from the review ("Sign and run"), unless it was already passed. No toolkit needed.
 */
public final class WizardSteps {
    /** What a page is, as far as the steps bar cares. */
    public enum Kind { INPUT, REVIEW, CONFIRM, RUN, RESULT }

    /** Where a step stands against the page shown now, with the style class that shows it. */
    public enum Mark {
        DONE("wizard-step-done"), CURRENT("wizard-step-current"), UPCOMING("wizard-step-todo");

        private final String styleClass;

        Mark(String styleClass) {
            this.styleClass = styleClass;
        }

        public String styleClass() {
            return styleClass;
        }
    }

    /** One step of the bar: its number, its title's message key, the page it stands for, and its mark. */
    public record Step(int number, String titleKey, int page, Mark mark) {
    }

    private final List<Kind> kinds;
    private final List<String> titleKeys;
    private final BitSet visited = new BitSet();

    public WizardSteps(List<Kind> kinds, List<String> titleKeys) {
        if (kinds.size() != titleKeys.size()) {
            throw new IllegalArgumentException("one title per page");
        }
        this.kinds = List.copyOf(kinds);
        this.titleKeys = List.copyOf(titleKeys);
    }

    /** The steps of a wizard made of {@code pages}, in order. */
    static WizardSteps of(List<WizardPage> pages) {
        return new WizardSteps(pages.stream().map(WizardSteps::kind).toList(), pages.stream().map(WizardPage::titleKey).toList());
    }

    private static Kind kind(WizardPage page) {
        if (page instanceof ReviewPage) {
            return Kind.REVIEW;
        } else if (page instanceof ConfirmPage) {
            return Kind.CONFIRM;
        } else if (page instanceof RunPage) {
            return Kind.RUN;
        }
        return page instanceof ResultPage ? Kind.RESULT : Kind.INPUT;
    }

    /** True when page {@code i} is the confirm page that a plan signing from the review skips. */
    public boolean skippable(int i) {
        return kinds.get(i) == Kind.CONFIRM && i > 0 && kinds.get(i - 1) == Kind.REVIEW;
    }

    /** Page {@code i} was shown: a confirm page once passed stays in the bar, whatever the plan says later. */
    public void visit(int i) {
        if (i >= 0) {
            visited.set(i);
        }
    }

    /** The page after {@code current}, skipping the confirm page when {@code signsFromReview}; -1 after the last. */
    public int next(int current, boolean signsFromReview) {
        int to = current + 1;
        while (to < kinds.size() && signsFromReview && skippable(to)) {
            to++;
        }
        return to < kinds.size() ? to : -1;
    }

    /** The steps to show while page {@code current} is open. */
    public List<Step> steps(int current, boolean signsFromReview) {
        List<Step> out = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            if (signsFromReview && skippable(i) && !visited.get(i)) {
                continue;
            }
            Mark mark = i == current ? Mark.CURRENT : i < current ? Mark.DONE : Mark.UPCOMING;
            out.add(new Step(out.size() + 1, titleKeys.get(i), i, mark));
        }
        return out;
    }
}
