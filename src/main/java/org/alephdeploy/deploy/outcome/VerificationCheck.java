package org.alephdeploy.deploy.outcome;

/** One fact checked on the node after the last step, in words, and whether it holds. */
public record VerificationCheck(boolean ok, String words) {
}
