package org.alephdeploy.deploy.rehearse;

import java.util.List;

/**
 * What one {@code rehearse copy} transferred: messages posted to the copy (and how many the
 * sandbox processed, kept as forgotten skeletons or refused), files imported and marked remote,
 * the copied messages whose status changed on the source without a new message (a program turned
 * {@code removing} when its credits ran out, or back), the bytes moved and the time it took.
 */
public record CopySummary(String source, String address, boolean incremental, int messages, int processed,
        int forgotten, List<Refused> refused, int files, int remoteFiles, int statusesUpdated, long bytes, long millis) {
    public CopySummary {
        refused = List.copyOf(refused);
    }

    /** A message the copy refused, with the sandbox's error code and details. */
    public record Refused(String itemHash, int errorCode, String details) {
    }
}
