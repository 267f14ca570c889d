package org.alephdeploy.deploy.outcome;

import java.util.List;
import java.util.Map;

/**
 * How a run (or a resume, or an abandon) ended, in words a person can act on: the status, why it
 * stopped (the node's reason for a rejection), the steps done and remaining, what now exists on
 * the node because of it, how to go back, and the verification of the end state.
 *
 * @param unreachable true when the run stopped because no node answered (resumable)
 * @param errorCode   the node's error code when a message was rejected, else null
 * @param results     each finished step's result (item or file hash) by step index
 */
public record RunOutcome(
        String operationId,
        OperationStatus status,
        String words,
        Integer errorCode,
        boolean unreachable,
        List<String> done,
        List<String> remaining,
        List<String> onNode,
        List<String> howToGoBack,
        List<VerificationCheck> checks,
        Map<Integer, String> results) {

    public RunOutcome {
        done = List.copyOf(done);
        remaining = List.copyOf(remaining);
        onNode = List.copyOf(onNode);
        howToGoBack = List.copyOf(howToGoBack);
        checks = List.copyOf(checks);
        results = Map.copyOf(results);
    }

    public boolean ok() {
        return status == OperationStatus.DONE;
    }
}
