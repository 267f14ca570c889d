package org.alephdeploy.sandbox;

import org.alephdeploy.sandbox.rules.MessagePipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The node's one processing thread: processes due messages, sleeps until the next one or a wake-up. */
final class ProcessingLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessingLoop.class);
    private static final long MAX_SLEEP_MS = 500;
    private static final long GC_EVERY_MS = 60_000;

    private final MessagePipeline pipeline;
    private final Object lock = new Object();
    private final Thread thread;
    private volatile boolean running = true;
    private boolean signalled;

    ProcessingLoop(MessagePipeline pipeline) {
        this.pipeline = pipeline;
        this.thread = new Thread(this::run, "sandbox-processor");
        this.thread.setDaemon(true);
        pipeline.onSubmit(this::wake);
    }

    void start() {
        thread.start();
    }

    void wake() {
        synchronized (lock) {
            signalled = true;
            lock.notifyAll();
        }
    }

    private void run() {
        long lastGc = System.currentTimeMillis();
        while (running) {
            try {
                if (pipeline.processNext()) {
                    continue;
                }
                if (System.currentTimeMillis() - lastGc > GC_EVERY_MS) {
                    pipeline.collectGarbage();
                    lastGc = System.currentTimeMillis();
                }
                double due = pipeline.secondsUntilNextDue();
                long sleep = due < 0 ? MAX_SLEEP_MS : Math.min(MAX_SLEEP_MS, (long) Math.ceil(due * 1000));
                synchronized (lock) {
                    if (!signalled && running && sleep > 0) {
                        lock.wait(sleep);
                    }
                    signalled = false;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.error("processing loop error", e);
                synchronized (lock) {
                    try {
                        lock.wait(MAX_SLEEP_MS);
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    @Override
    public void close() {
        running = false;
        wake();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
