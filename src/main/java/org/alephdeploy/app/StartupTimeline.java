package org.alephdeploy.app;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The steps of the window's start, for the startup benchmark: when {@link FirstFrameMarker} is on,
 * each {@link #mark} notes the time and the thread, and the marker prints them all (milliseconds
 * after JVM start) on one line before its own. Off, marks are not kept.
 */
final class StartupTimeline {
    static final String PREFIX = "aleph-startup";
    private static final List<Mark> MARKS = new ArrayList<>();

    private StartupTimeline() {
    }

    /** Notes that the step {@code name} is done now. Any thread. */
    static void mark(String name) {
        if (FirstFrameMarker.enabled()) {
            long now = System.nanoTime();
            synchronized (MARKS) {
                MARKS.add(new Mark(name, Thread.currentThread().getName(), now));
            }
        }
    }

    /**
     * The marks so far as one line, each step's time after JVM start given that {@code uptimeMillis}
     * was the uptime at {@code nanoTime}.
     */
    static String line(long uptimeMillis, long nanoTime) {
        StringJoiner line = new StringJoiner(" ", PREFIX + " ", "");
        synchronized (MARKS) {
            for (Mark m : MARKS) {
                long at = uptimeMillis - (nanoTime - m.nanoTime) / 1_000_000;
                line.add(m.name + "=" + at + "ms(" + m.thread + ")");
            }
        }
        return line.toString();
    }

    private record Mark(String name, String thread, long nanoTime) {
    }
}
