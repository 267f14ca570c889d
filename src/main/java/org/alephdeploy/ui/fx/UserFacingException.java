package org.alephdeploy.ui.fx;

/**
 * A failure whose message is already a sentence for the user: what happened, why, what to do.
 * The error window shows it as is instead of the generic sentence.
 */
public class UserFacingException extends Exception {
    public UserFacingException(String sentence) {
        super(sentence);
    }

    public UserFacingException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
