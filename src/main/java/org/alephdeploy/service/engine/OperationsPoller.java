package org.alephdeploy.service.engine;

import java.util.List;
import java.util.function.Supplier;
import javafx.concurrent.ScheduledService;
import javafx.concurrent.Task;
import javafx.util.Duration;
import org.alephdeploy.deploy.Engine;
import org.alephdeploy.deploy.outcome.OperationSummary;

/**
 * Reads the journal's operations every few seconds while any of them is unfinished (running,
 * interrupted or failed), so the Activity tab follows runs of this window, of others and of the
 * command line. A failed read is retried with a growing delay ({@code restartOnFailure}); the
 * last good list stays in {@link #lastValueProperty()}. Start, stop and read on the FX thread.
 */
public final class OperationsPoller extends ScheduledService<List<OperationSummary>> {
    private final Supplier<Engine> engine;

    OperationsPoller(Supplier<Engine> engine) {
        this.engine = engine;
        setPeriod(Duration.seconds(2));
        setRestartOnFailure(true);
        setBackoffStrategy(EXPONENTIAL_BACKOFF_STRATEGY);
        setMaximumCumulativePeriod(Duration.seconds(30));
    }

    @Override
    protected Task<List<OperationSummary>> createTask() {
        Supplier<Engine> source = engine;
        return new Task<>() {
            @Override
            protected List<OperationSummary> call() {
                Engine e = source.get();
                return e == null ? List.of() : e.journal().list().stream()
                        .filter(s -> s.network() == null || s.network().equals(e.network())).toList();
            }
        };
    }

    /** True when some operation is not finished: the poller keeps running while this holds. */
    public static boolean anyUnfinished(List<OperationSummary> operations) {
        return operations.stream().anyMatch(s -> s.status() != null && !isFinished(s));
    }

    public static boolean isFinished(OperationSummary s) {
        return switch (s.status()) {
            case DONE, ABANDONED -> true;
            case RUNNING, INTERRUPTED, FAILED -> false;
        };
    }
}
