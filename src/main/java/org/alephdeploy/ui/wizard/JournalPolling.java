package org.alephdeploy.ui.wizard;

import java.util.concurrent.Executor;
import org.alephdeploy.service.engine.EngineTasks;
import org.alephdeploy.service.engine.OperationsPoller;
import org.alephdeploy.ui.activity.ActivityViewModel;
import org.alephdeploy.ui.inventory.ActivityRows;

/**
 * Reads the journal into the Activity tab every few seconds while an operation is unfinished,
 * naming each operation's target from every row of the tables. FX thread only.
 */
final class JournalPolling {
    private final OperationsPoller poller;

    JournalPolling(EngineTasks engine, Executor executor, ActivityViewModel activity, KnownRows rows) {
        poller = engine.poller();
        poller.setExecutor(executor);
        poller.setOnSucceeded(e -> activity.setRows(ActivityRows.of(poller.getValue(), rows.names())));
    }

    void start() {
        poller.start();
    }

    /** A run ended or started: read the journal now, unless a read is under way. */
    void readAgain() {
        if (!poller.isRunning()) {
            poller.restart();
        }
    }

    void stop() {
        poller.cancel();
    }
}
