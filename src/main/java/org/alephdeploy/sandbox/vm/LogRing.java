package org.alephdeploy.sandbox.vm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** The last lines a program wrote (stdout and stderr interleaved), bounded in count and line length. */
public final class LogRing {
    static final int MAX_LINE = 4096;
    private final int capacity;
    private final ArrayDeque<String> lines = new ArrayDeque<>();

    public LogRing(int capacity) {
        this.capacity = capacity;
    }

    public synchronized void add(String line) {
        String l = line.length() > MAX_LINE ? line.substring(0, MAX_LINE) + "…" : line;
        if (lines.size() == capacity) {
            lines.removeFirst();
        }
        lines.addLast(l);
    }

    /** The last {@code n} lines, oldest first. */
    public synchronized List<String> last(int n) {
        List<String> all = new ArrayList<>(lines);
        return all.subList(Math.max(0, all.size() - n), all.size());
    }
}
