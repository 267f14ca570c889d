package org.alephdeploy.ui.fx;

import java.util.Locale;
import java.util.Objects;

/**
 * What the error window shows: a human sentence (what happened, why, what to do), a short code
 * to quote in a bug report, and the technical details to copy.
 */
public record ErrorReport(String sentence, String code, String details) {
    public ErrorReport {
        Objects.requireNonNull(sentence);
        Objects.requireNonNull(code);
        details = details == null ? "" : details;
    }

    /** A report for an unexpected failure: the sentence is generic, the code stable per failure site. */
    public static ErrorReport unexpected(Throwable error) {
        String message = error.getMessage() == null ? "" : error.getMessage();
        String sentence = error instanceof UserFacingException
                ? message
                : I18n.format("fx.error.unexpected", error.getClass().getSimpleName());
        return new ErrorReport(sentence, codeOf(error), describe(error));
    }

    /**
     * A short code that stays the same for the same kind of failure at the same place, so that
     * two reports of one bug carry one code: exception type and the top frame of the root cause.
     */
    public static String codeOf(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        StackTraceElement[] frames = root.getStackTrace();
        String site = frames.length == 0 ? "" : frames[0].getClassName() + "." + frames[0].getMethodName();
        int h1 = error.getClass().getName().hashCode();
        int h2 = (root.getClass().getName() + site).hashCode();
        return (part(h1) + "-" + part(h2)).toUpperCase(Locale.ROOT);
    }

    private static String part(int hash) {
        String s = Integer.toString(Math.floorMod(hash, 36 * 36 * 36 * 36), 36);
        return "0".repeat(4 - s.length()) + s;
    }

    /** The type, message and frames of the error and its causes, as text to copy. */
    public static String describe(Throwable error) {
        StringBuilder out = new StringBuilder();
        Throwable t = error;
        int depth = 0;
        while (t != null && depth++ < 10) {
            out.append(depth == 1 ? "" : "Caused by: ").append(t).append('\n');
            for (StackTraceElement frame : t.getStackTrace()) {
                out.append("    at ").append(frame).append('\n');
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return out.toString();
    }
}
