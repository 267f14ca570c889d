package org.alephdeploy.deploy.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.alephdeploy.message.Json;

/** Appends the records of one operation to the journal, whatever the thread's interrupt flag says. */
final class OperationLog {
    private final Journal journal;
    private final String operationId;

    OperationLog(Journal journal, String operationId) {
        this.journal = journal;
        this.operationId = operationId;
    }

    static ObjectNode record(String type) {
        ObjectNode r = Json.object();
        r.put("type", type);
        return r;
    }

    /** Appends with the thread's interrupt flag cleared (an interrupted channel write would fail), then restores it. */
    void append(ObjectNode r) throws IOException {
        boolean interrupted = Thread.interrupted();
        try {
            journal.append(operationId, r);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
