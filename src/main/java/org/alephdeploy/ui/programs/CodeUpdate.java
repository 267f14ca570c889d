package org.alephdeploy.ui.programs;

import java.util.Objects;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.model.ItemStatus;

/**
 * The programs table's answer to "what does a code update do here?", from the rules of the
 * decision table (docs/PRODUCT.md): the code follows its latest revision (in place, URL kept),
 * the program can be amended (new URL), or it must be re-created (new URL); or it cannot be
 * acted on now (its message does not verify, a compute node would not start it, it is not yours).
 *
 * @param kind what happens, which also picks the colour
 * @param text a few words for the cell
 * @param tip  the whole explanation, for the tooltip
 */
public record CodeUpdate(Kind kind, String text, String tip) {
    /** One colour each: green keeps the URL, amber changes it, red stops, grey cannot. */
    public enum Kind {
        IN_PLACE("effect-in-place"),
        AMEND("effect-new-url"),
        RECREATE("effect-new-url"),
        WONT_START("effect-stops"),
        DOES_NOT_VERIFY("effect-stops"),
        NOT_POSSIBLE("effect-none");

        private final String look;

        Kind(String look) {
            this.look = look;
        }

        /** The name of the pseudo-class (on {@code .effect-chip}) and style class (elsewhere) that colours it. */
        public String look() {
            return look;
        }
    }

    private static final int SHORT_REASON = 34;

    public CodeUpdate {
        Objects.requireNonNull(kind);
    }

    static CodeUpdate of(ProgramRow p) {
        if (!p.verifies()) {
            return new CodeUpdate(Kind.DOES_NOT_VERIFY, I18n.get("shell.badge.doesNotVerify"),
                    I18n.format("programs.reason.doesNotVerify", p.verifyWords()));
        }
        if (p.wontStart()) {
            return new CodeUpdate(Kind.WONT_START, I18n.format("programs.update.wontStart", shorten(p.bootWords())),
                    I18n.format("programs.update.wontStartTip", p.bootWords()));
        }
        if (p.status() == ItemStatus.FORGOTTEN) {
            return new CodeUpdate(Kind.NOT_POSSIBLE, I18n.get("programs.update.forgotten"), I18n.get("programs.reason.forgotten"));
        }
        String why = ProgramIntentRules.of(ProgramIntent.UPDATE_CODE, p).reason();
        return switch (p.codePath()) {
            case REVISION -> new CodeUpdate(Kind.IN_PLACE, I18n.get("programs.update.inPlace"), why);
            case AMEND -> new CodeUpdate(Kind.AMEND, I18n.get("programs.update.amend"), why);
            case RECREATE -> new CodeUpdate(Kind.RECREATE, I18n.get("programs.update.recreate"), why);
            case NONE -> new CodeUpdate(Kind.NOT_POSSIBLE, I18n.get("programs.update.none"), why);
        };
    }

    /** The first words of a reason, cut at a word boundary, for a cell. */
    static String shorten(String words) {
        String first = words.strip().split("[.;\\n]", 2)[0].strip();
        if (first.length() <= SHORT_REASON) {
            return first;
        }
        int cut = first.lastIndexOf(' ', SHORT_REASON);
        return first.substring(0, cut > 10 ? cut : SHORT_REASON) + "…";
    }
}
