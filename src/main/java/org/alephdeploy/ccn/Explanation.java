package org.alephdeploy.ccn;

/** A failure told to a user: what happened, why, and what to do about it. */
public record Explanation(String what, String why, String todo) {
    public Explanation {
        if (isBlank(what) || isBlank(why) || isBlank(todo)) {
            throw new IllegalArgumentException("an explanation needs all three sentences");
        }
    }

    /** The three sentences as one paragraph. */
    public String text() {
        return what + " " + why + " " + todo;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
