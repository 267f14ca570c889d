package org.alephdeploy.service.engine;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.alephdeploy.ccn.Cancellation;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.deploy.run.RunListener;

/**
 * Runs a plan (or resumes an operation) through the engine on a worker, reporting the step and
 * the upload to a {@link RunProgress} at most once per frame, however often the runner calls.
 * {@link #cancel(boolean)} also cancels the engine's {@link Cancellation}, which aborts uploads
 * and waits at once; the journal keeps the operation resumable.
 */
public final class RunTask extends Task<RunOutcome> {
    /** The engine call: apply or resume, given the listener and the cancel handle. */
    @FunctionalInterface
    interface Run {
        RunOutcome run(RunListener listener, Cancellation cancellation) throws Exception;
    }

    private final Run run;
    private final Cancellation cancellation = Cancellation.create();
    private final RunProgress progress = new RunProgress();
    private final AtomicReference<RunProgress.Reading> latest = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile RunProgress.Reading last = new RunProgress.Reading(-1, 0, "", 0, -1, 0);

    RunTask(Run run) {
        this.run = run;
    }

    public RunProgress progress() {
        return progress;
    }

    @Override
    protected RunOutcome call() throws Exception {
        return run.run(new Listener(), cancellation);
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        cancellation.cancel();
        return super.cancel(false);
    }

    private void publish(RunProgress.Reading reading) {
        last = reading;
        latest.set(reading);
        if (scheduled.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                scheduled.set(false);
                RunProgress.Reading r = latest.getAndSet(null);
                if (r != null) {
                    progress.apply(r);
                }
            });
        }
    }

    private final class Listener implements RunListener {
        @Override
        public void step(int index, int count, String words) {
            RunProgress.Reading l = last;
            publish(new RunProgress.Reading(index, count, words, l.bytesDone(), l.bytesTotal(), l.bytesPerSecond()));
            updateMessage(words);
        }

        /** Upload reports come from the HTTP thread and may arrive after the next step began: they never move the step back. */
        @Override
        public void upload(int index, long bytesDone, long totalBytes, double bytesPerSecond) {
            RunProgress.Reading l = last;
            publish(new RunProgress.Reading(Math.max(index, l.stepIndex()), l.stepCount(), l.stepWords(), bytesDone, totalBytes,
                    bytesPerSecond));
            if (totalBytes > 0) {
                updateProgress(bytesDone, totalBytes);
            }
        }

        @Override
        public void note(String words) {
            Platform.runLater(() -> progress.note(words));
        }
    }
}
