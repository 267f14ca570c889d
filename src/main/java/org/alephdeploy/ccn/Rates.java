package org.alephdeploy.ccn;

/** Transfer rate arithmetic shared by uploads and downloads. */
final class Rates {
    private Rates() {
    }

    static double perSecond(long bytes, long startedNanos) {
        long elapsed = System.nanoTime() - startedNanos;
        return elapsed <= 0 ? 0 : bytes * 1_000_000_000.0 / elapsed;
    }
}
