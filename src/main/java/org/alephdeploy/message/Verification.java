package org.alephdeploy.message;

import java.util.List;

/**
 * What checking one message found. {@code hashOk} and {@code signatureOk} are null when the check
 * does not apply (non-inline content) or this client cannot run it (a chain it has no verifier for).
 */
public record Verification(String itemHash, String sender, Boolean hashOk, Boolean signatureOk, List<String> problems) {
    /** True when nothing failed; checks that could not run do not count as failures. */
    public boolean ok() {
        return !Boolean.FALSE.equals(hashOk) && !Boolean.FALSE.equals(signatureOk);
    }

    /** True only when both checks ran and passed (inline, known chain). */
    public boolean fullyVerified() {
        return Boolean.TRUE.equals(hashOk) && Boolean.TRUE.equals(signatureOk);
    }
}
