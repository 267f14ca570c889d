package org.alephdeploy.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The collections this JVM's collector ran since {@link #reset()}: how many, their total and
 * longest duration (a pause of every thread for the stop-the-world collectors, the FX thread's
 * included). Which collector runs is the JVM's option (e.g. {@code BENCH_JAVA_OPTS=-XX:+UseSerialGC}).
 */
final class GcPauses implements AutoCloseable {
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final NotificationListener listener = this::collected;
    private long count;
    private long totalMillis;
    private long longestMillis;

    GcPauses() {
        for (GarbageCollectorMXBean c : collectors) {
            ((NotificationEmitter) c).addNotificationListener(listener, null, null);
        }
    }

    /** The collector's names, e.g. "Copy, MarkSweepCompact" (Serial) or "G1 Young Generation, G1 Old Generation". */
    String collector() {
        return collectors.stream().map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
    }

    synchronized void reset() {
        count = 0;
        totalMillis = 0;
        longestMillis = 0;
    }

    synchronized long count() {
        return count;
    }

    synchronized long totalMillis() {
        return totalMillis;
    }

    synchronized long longestMillis() {
        return longestMillis;
    }

    private synchronized void collected(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        // G1's concurrent cycle reports its whole (concurrent) duration under this name: not a pause
        if (info.getGcName().equals("G1 Concurrent GC")) {
            return;
        }
        long millis = info.getGcInfo().getDuration();
        count++;
        totalMillis += millis;
        longestMillis = Math.max(longestMillis, millis);
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean c : collectors) {
            try {
                ((NotificationEmitter) c).removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // never added: nothing to remove
            }
        }
    }
}
