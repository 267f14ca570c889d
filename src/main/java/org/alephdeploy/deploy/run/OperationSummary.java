package org.alephdeploy.deploy.run;

import java.time.Instant;

/** One line of the journal list: which operation, on which network and address, where it stands. */
public record OperationSummary(String id, OperationStatus status, String network, String address, String signer,
        String intent, Instant started, Instant updated, int stepsDone, int stepCount, String words) {

    static OperationSummary of(Operation op, OperationStatus status) {
        return new OperationSummary(op.id(), status, op.network(), op.address(), op.signer(), op.plan().intent().words(),
                op.started(), op.updated(), op.stepsDone(), op.plan().steps().size(), PlanRunner.wordsOf(op, status));
    }
}
