package org.alephdeploy.deploy.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.ccn.MessageRecord;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageStatus;
import org.alephdeploy.message.MessageVerifier;

/** Saves a program's exact message, as the node serves it, before anything forgets it. */
final class ProgramBackups {
    private final Backups backups;
    private final CcnClient node;
    private final RunListener listener;
    private final OperationLog log;

    ProgramBackups(Backups backups, CcnClient node, RunListener listener, OperationLog log) {
        this.backups = backups;
        this.node = node;
        this.listener = listener;
        this.log = log;
    }

    /** Non-programs are skipped; {@code required} fails the step when no backup can be made. */
    void backUp(String hash, boolean required) throws IOException {
        if (Files.exists(backups.path(hash))) {
            return;
        }
        MessageRecord rec = node.message(hash).orElse(null);
        Message m = rec == null ? null : rec.message();
        boolean program = m != null && "PROGRAM".equals(m.typeName());
        if (!program || m.itemContent() == null || !(rec.status() == MessageStatus.PROCESSED
                || rec.status() == MessageStatus.REMOVING)) {
            if (required) {
                throw new StepFailure("Cannot back up program " + hash + ": the node "
                        + (rec == null ? "does not know it" : "reports it " + rec.status().wire() + (program ? "" : " and not as a PROGRAM"))
                        + ". Nothing was forgotten. Refresh the inventory and plan again.");
            }
            return;
        }
        if (!Boolean.TRUE.equals(MessageVerifier.checkHash(m, new ArrayList<>()))) {
            throw new StepFailure("The node served program " + hash + " with content that does not hash to it, so it cannot "
                    + "be backed up. Nothing was forgotten. Try another node.");
        }
        Path file = backups.save(m, Json.compact(m.envelope()));
        log.append(OperationLog.record(Operation.BACKUP).put("program", hash).put("path", file.toString()));
        listener.note("Backed up program " + hash + " to " + file);
    }
}
