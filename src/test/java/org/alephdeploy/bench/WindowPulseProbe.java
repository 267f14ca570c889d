package org.alephdeploy.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.alephdeploy.app.Launcher;

/**
 * The real window (the app's {@link Launcher}, this JVM's options) loading an address's inventory
 * from a node, with the gaps between its FX pulses: an animation timer asks for a pulse every
 * frame, and a gap between two is a stall the user sees, whoever caused it (the FX thread's own
 * work, or a collector pause stopping every thread). Run under a display, with the window's own
 * arguments, e.g. on the app-image's runtime and jars with the launcher's options and a GC log:
 * <pre>
 * xvfb-run -a java -Xmx1g -XX:+UseSerialGC -Xlog:gc:file=gc.log -cp "APP_JARS:target/test-classes" \
 *     org.alephdeploy.bench.WindowPulseProbe --data-dir D --node URL
 * </pre>
 * (D holding a watch-only account of the address). Once the programs and volumes tables have
 * held the same rows for {@code aleph.probe.settle} seconds (10), or after
 * {@code aleph.probe.timeout} seconds (600), it prints the rows, when the first arrived and when
 * the last did (JVM uptime, as in the GC log), the longest gap before the first row and from there
 * on, every gap over 100 ms, and exits.
 */
public final class WindowPulseProbe {
    private static final long SLOW_NANOS = 100_000_000L;
    private static final int ROWS_EVERY_PULSES = 15;

    private final List<String> slow = new ArrayList<>();
    private long last;
    private long pulses;
    private long longestBeforeRows;
    private long longestWithRows;
    private volatile int rows;
    private volatile long firstRowsMillis = -1;
    private volatile long lastChangeMillis = -1;

    private WindowPulseProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        WindowPulseProbe probe = new WindowPulseProbe();
        Thread watcher = new Thread(probe::watch, "window-pulse-probe");
        watcher.setDaemon(true);
        watcher.start();
        Launcher.main(args);
    }

    private void watch() {
        long settleMillis = TimeUnit.SECONDS.toMillis(Long.getLong("aleph.probe.settle", 10));
        long timeoutMillis = TimeUnit.SECONDS.toMillis(Long.getLong("aleph.probe.timeout", 600));
        while (!installed()) {
            sleep(50);
        }
        while (uptime() < timeoutMillis && (lastChangeMillis < 0 || rows == 0 || uptime() - lastChangeMillis < settleMillis)) {
            sleep(200);
        }
        CountDownPrint print = new CountDownPrint();
        Platform.runLater(print);
        print.await();
        Runtime.getRuntime().halt(0);
    }

    /** Starts the pulse timer once the toolkit is up; false while it is not. */
    private boolean installed() {
        try {
            Platform.runLater(() -> timer().start());
            return true;
        } catch (IllegalStateException toolkitNotUpYet) {
            return false;
        }
    }

    private AnimationTimer timer() {
        return new AnimationTimer() {
            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                if (last != 0) {
                    long gap = t - last;
                    if (rows == 0) {
                        longestBeforeRows = Math.max(longestBeforeRows, gap);
                    } else {
                        longestWithRows = Math.max(longestWithRows, gap);
                    }
                    if (gap > SLOW_NANOS) {
                        slow.add(String.format(Locale.ROOT, "%.3fs %.0f ms%s", uptime() / 1e3, gap / 1e6, rows == 0 ? "" : " (rows)"));
                    }
                }
                last = t;
                if (++pulses % ROWS_EVERY_PULSES == 0) {
                    countRows();
                }
            }
        };
    }

    private void countRows() {
        int now = 0;
        for (Window w : Window.getWindows()) {
            if (w.getScene() == null) {
                continue;
            }
            for (String id : new String[] {"#programsTable", "#volumesTable"}) {
                Node table = w.getScene().getRoot().lookup(id);
                if (table instanceof TableView<?> view) {
                    now += view.getItems().size();
                }
            }
        }
        if (now != rows) {
            if (rows == 0) {
                firstRowsMillis = uptime();
            }
            rows = now;
            lastChangeMillis = uptime();
        }
    }

    private static long uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Prints the figures on the FX thread (which owns them) and lets the watcher wait for it. */
    private final class CountDownPrint implements Runnable {
        private final CountDownLatch done = new CountDownLatch(1);

        @Override
        public void run() {
            System.out.printf(Locale.ROOT, "probe rows %d, first at %.3fs, last change at %.3fs, pulses %d%n", rows,
                    firstRowsMillis / 1e3, lastChangeMillis / 1e3, pulses);
            System.out.printf(Locale.ROOT, "probe longest gap before rows %.1f ms, with rows %.1f ms%n", longestBeforeRows / 1e6,
                    longestWithRows / 1e6);
            System.out.println("probe gaps over 100 ms " + slow);
            System.out.flush();
            done.countDown();
        }

        void await() {
            try {
                done.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
