package org.alephdeploy.deploy.run;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.deploy.plan.Step;
import org.alephdeploy.message.Message;

/** Posts each step's message at most once per run and journals every post. */
final class StepPosting {
    private final CcnClient node;
    private final OperationLog log;
    private final Set<Integer> posted = new HashSet<>();

    StepPosting(Operation op, CcnClient node, OperationLog log) {
        this.node = node;
        this.log = log;
        for (Step s : op.plan().steps()) {
            if (op.posted(s.index())) {
                posted.add(s.index());
            }
        }
    }

    void post(int step, Message m) throws IOException {
        if (posted.contains(step)) {
            return;
        }
        node.postMessage(m, false);
        markPosted(step, m);
    }

    /** Journals that {@code m} reached the node (posted here, or carried by an upload). */
    void markPosted(int step, Message m) throws IOException {
        log.append(OperationLog.record(Operation.POSTED).put("step", step).put("item_hash", m.itemHash()));
        posted.add(step);
    }
}
