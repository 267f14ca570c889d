package org.alephdeploy.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.alephdeploy.deploy.run.RunListener;

/** Prints a run's progress on standard error: one line per step, upload progress at most twice a second. */
final class ProgressPrinter implements RunListener {
    private static final long EVERY_NANOS = 500_000_000L;
    private static final double MIB = 1024.0 * 1024.0;

    private final PrintWriter err;
    private long lastUploadLine;
    private boolean uploadStarted;

    ProgressPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void step(int index, int count, String words) {
        uploadStarted = false;
        err.println(index < count ? "step " + (index + 1) + "/" + count + ": " + words : words);
        err.flush();
    }

    @Override
    public synchronized void upload(int index, long done, long total, double rate) {
        long now = System.nanoTime();
        boolean last = total > 0 && done >= total;
        if (uploadStarted && !last && now - lastUploadLine < EVERY_NANOS) {
            return;
        }
        uploadStarted = true;
        lastUploadLine = now;
        err.println(String.format(Locale.ROOT, "  uploading: %.1f of %s MiB (%.1f MiB/s)", done / MIB,
                total < 0 ? "?" : String.format(Locale.ROOT, "%.1f", total / MIB), rate / MIB));
        err.flush();
    }

    @Override
    public synchronized void note(String words) {
        err.println("  " + words);
        err.flush();
    }
}
