package org.alephdeploy.ccn;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads every page of a page-mode listing: page 1 first, then the pages its
 * {@code pagination_total} announces with at most {@code parallelism} requests in flight, merged
 * in page order and de-duplicated by hash (pages shift while new messages arrive). Stops at the
 * first short page; when the last announced page is full it keeps going, since the total may have
 * grown in the meantime.
 */
final class PageWalker<T> {
    /** Pages read past the last one announced before the walk gives up (a node that keeps announcing full pages). */
    static final int MAX_PAGES_BEYOND_ANNOUNCED = 50;
    /** Pages read at most in one walk (1,000,000 items at 200 a page). */
    static final int MAX_PAGES = 5_000;

    /** Fetches one page (1-based) with the given cancellation. */
    interface Fetcher<T> {
        Page<T> fetch(int page, Cancellation cancellation);
    }

    private final Fetcher<T> fetcher;
    private final Function<T, String> key;
    private final int perPage;
    private final int parallelism;
    private final ExecutorService executor;

    PageWalker(Fetcher<T> fetcher, Function<T, String> key, int perPage, int parallelism, ExecutorService executor) {
        this.fetcher = fetcher;
        this.key = key;
        this.perPage = perPage;
        this.parallelism = Math.max(1, parallelism);
        this.executor = executor;
    }

    List<T> all(Cancellation cancellation) {
        return all(cancellation, items -> { });
    }

    /**
     * Every item, like {@link #all(Cancellation)}; {@code onPage} is handed the new items of each
     * page as soon as it is merged (in page order, on the calling thread), so work on them can
     * start while later pages are still on their way.
     */
    List<T> all(Cancellation cancellation, Consumer<List<T>> onPage) {
        Map<String, T> merged = new LinkedHashMap<>();
        Page<T> first = fetcher.fetch(1, cancellation);
        addAll(merged, first, onPage);
        if (first.items().size() < perPage) {
            return new ArrayList<>(merged.values());
        }
        long total = first.total() == null ? 0 : first.total();
        int lastAnnounced = (int) Math.max(1, Math.min(Integer.MAX_VALUE - 1, (total + perPage - 1) / perPage));

        Cancellation pages = Cancellation.create();
        Cancellation.Registration link = cancellation.onCancel(pages::cancel);
        Deque<Pending<T>> inFlight = new ArrayDeque<>();
        try {
            int next = 2;
            int horizon = lastAnnounced;
            while (true) {
                while (inFlight.size() < parallelism && next <= horizon) {
                    int page = next++;
                    inFlight.add(new Pending<>(page, executor.submit(() -> fetcher.fetch(page, pages))));
                }
                if (inFlight.isEmpty()) {
                    // every announced page was full: the listing grew; growth is usually small, so one page at a time
                    horizon = next;
                    continue;
                }
                Pending<T> pending = inFlight.poll();
                if (pending.index() > Math.min(MAX_PAGES, (long) lastAnnounced + MAX_PAGES_BEYOND_ANNOUNCED)) {
                    throw NodeError.hostileAnswer("full pages without end (page " + pending.index() + " of a listing that "
                            + "announced " + lastAnnounced + ")", "answering the listing");
                }
                Page<T> page = await(pending.future(), cancellation);
                int added = addAll(merged, page, onPage);
                boolean beyondAnnounced = pending.index() > lastAnnounced;
                if (page.items().size() < perPage || (beyondAnnounced && added == 0)) {
                    return new ArrayList<>(merged.values());
                }
            }
        } finally {
            link.close();
            pages.cancel();
            inFlight.forEach(p -> p.future().cancel(true));
        }
    }

    private int addAll(Map<String, T> merged, Page<T> page, Consumer<List<T>> onPage) {
        List<T> added = new ArrayList<>(page.items().size());
        for (T item : page.items()) {
            if (merged.putIfAbsent(key.apply(item), item) == null) {
                added.add(item);
            }
        }
        if (!added.isEmpty()) {
            onPage.accept(added);
        }
        return added.size();
    }

    private record Pending<T>(int index, Future<Page<T>> future) {
    }

    private static <P> P await(Future<P> future, Cancellation cancellation) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CancellationException ce = new CancellationException("interrupted");
            ce.initCause(e);
            throw ce;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cancellation.isCancelled()) {
                CancellationException ce = new CancellationException("cancelled");
                ce.initCause(cause);
                throw ce;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
