package org.alephdeploy.service.engine;

import java.util.List;
import java.util.Map;
import org.alephdeploy.deploy.Engine;
import org.alephdeploy.deploy.outcome.OperationSummary;

/** The journal's operations as the window lists them. */
public final class Journals {
    private Journals() {
    }

    /** The operations of {@code engine}'s journal on its network (and those that name none), newest first as listed. Blocking. */
    public static List<OperationSummary> operationsOn(Engine engine) {
        return engine.journal().list().stream()
                .filter(s -> s.network() == null || s.network().equals(engine.network())).toList();
    }

    /** The backups operation {@code id} kept of what it replaced: program hash → file. Blocking. */
    public static Map<String, String> backupsOf(Engine engine, String id) {
        return engine.journal().records(id).backups();
    }
}
