package org.alephdeploy.deploy.outcome;

import java.time.Instant;

/**
 * One line of the journal list: which operation, on which network and address, where it stands.
 * {@code intent} is the intent's words; {@code intentKind} (the journal's name for its kind, see
 * {@code PlanCodec.kindOf}) and {@code target} (the hash it acts on, null for a new item) carry
 * the intent itself, so no one parses the words back.
 */
public record OperationSummary(String id, OperationStatus status, String network, String address, String signer,
        String intent, String intentKind, String target, Instant started, Instant updated, int stepsDone, int stepCount,
        String words) {
}
