package org.alephdeploy.sandbox.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * What the processing thread tells waiting requests (sync POST) and live feeds (WebSocket), fired
 * after the outcome is committed.
 */
public final class ProcessingEvents {
    /** The result of one processing attempt. */
    public enum Kind { PROCESSED, REJECTED, RETRY }

    /** One attempt's outcome. */
    public record Outcome(String itemHash, Kind kind, Integer errorCode) {
    }

    private final Map<String, List<CompletableFuture<Outcome>>> waiting = new ConcurrentHashMap<>();
    private final List<Consumer<Outcome>> listeners = new CopyOnWriteArrayList<>();

    /** Registers interest in the next outcome for {@code itemHash} (before submitting it). */
    public CompletableFuture<Outcome> next(String itemHash) {
        CompletableFuture<Outcome> f = new CompletableFuture<>();
        waiting.computeIfAbsent(itemHash, k -> new CopyOnWriteArrayList<>()).add(f);
        return f;
    }

    public void cancel(String itemHash, CompletableFuture<Outcome> f) {
        waiting.computeIfPresent(itemHash, (k, list) -> {
            list.remove(f);
            return list.isEmpty() ? null : list;
        });
    }

    public void subscribe(Consumer<Outcome> listener) {
        listeners.add(listener);
    }

    public void unsubscribe(Consumer<Outcome> listener) {
        listeners.remove(listener);
    }

    void fire(Outcome o) {
        List<CompletableFuture<Outcome>> fs = waiting.remove(o.itemHash());
        for (CompletableFuture<Outcome> f : fs == null ? new ArrayList<CompletableFuture<Outcome>>() : fs) {
            f.complete(o);
        }
        for (Consumer<Outcome> l : listeners) {
            l.accept(o);
        }
    }
}
