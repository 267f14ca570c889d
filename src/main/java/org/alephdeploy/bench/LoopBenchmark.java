package org.alephdeploy.bench;

import java.time.Duration;

/**
 * A benchmark that repeats one operation: a warm-up of a third of the duration (so the JIT has
 * compiled the hot path), then as many operations as fit in the duration.
 */
public abstract class LoopBenchmark implements Benchmark {
    private static final Duration MIN_WARM_UP = Duration.ofMillis(200);

    /** Keeps results reachable so the JIT cannot drop the measured work. */
    private volatile int sink;

    /** Runs operation number {@code i}; returns any value derived from its result. */
    protected abstract int operation(long i);

    @Override
    public Figures run(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a benchmark needs a positive duration");
        }
        Duration warmUp = duration.dividedBy(3);
        loop(warmUp.compareTo(MIN_WARM_UP) < 0 ? MIN_WARM_UP : warmUp, 0);
        long start = System.nanoTime();
        long operations = loop(duration, 1L << 40);
        return new Figures(name(), description(), operations, Duration.ofNanos(System.nanoTime() - start));
    }

    private long loop(Duration duration, long firstIndex) {
        long deadline = System.nanoTime() + duration.toNanos();
        long n = 0;
        int acc = 0;
        do {
            acc += operation(firstIndex + n);
            n++;
        } while (System.nanoTime() - deadline < 0);
        sink += acc;
        return n;
    }
}
