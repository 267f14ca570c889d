package org.alephdeploy.ui.fx;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * "The latest request wins": each piece of background work takes a {@link Ticket} when it starts,
 * and its result is used only while no newer ticket was taken (or {@link #dropAll()} was called).
 * Tickets are taken on the FX thread; {@link Ticket#current()} may be asked from any thread.
 */
public final class LatestOnly {
    private final AtomicInteger newest = new AtomicInteger();

    /** A new ticket; every ticket taken before it stops being current. */
    public Ticket next() {
        return new Ticket(newest.incrementAndGet());
    }

    /** Drops the results of all work still running. */
    public void dropAll() {
        newest.incrementAndGet();
    }

    /** One request's place in line. */
    public final class Ticket {
        private final int number;

        private Ticket(int number) {
            this.number = number;
        }

        /** True while no newer ticket was taken. */
        public boolean current() {
            return number == newest.get();
        }

        /** {@code action}, run only while this ticket is current. */
        public Runnable ifCurrent(Runnable action) {
            return () -> {
                if (current()) {
                    action.run();
                }
            };
        }

        /** {@code action}, given its value only while this ticket is current. */
        public <T> Consumer<T> ifCurrent(Consumer<? super T> action) {
            return value -> {
                if (current()) {
                    action.accept(value);
                }
            };
        }
    }
}
