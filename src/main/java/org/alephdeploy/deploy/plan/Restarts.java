package org.alephdeploy.deploy.plan;

import org.alephdeploy.message.ProgramContent;

/** What happens to a running program when a file it follows gets a new revision (docs/PROTOCOL.md C-4). */
final class Restarts {
    private Restarts() {
    }

    static String words(ProgramContent c) {
        if (c != null && c.persistent()) {
            return "compute nodes stop this persistent program when the revision is processed, and it starts again only at the "
                    + "scheduler's next allocation: expect downtime";
        }
        return "compute nodes stop its running instances when the revision is processed, and the next request starts it with "
                + "the new files (a cold start)";
    }
}
