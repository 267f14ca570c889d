package org.alephdeploy.ccn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageStatus;
import org.alephdeploy.message.MessageType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

class ListAllTest {
    private static final String OWNER = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    private final TestNode node = new TestNode();
    private final List<String> listed = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final List<Integer> pagesAsked = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        node.close();
    }

    /** Serves {@link #listed} newest first; {@code claimedTotal} < 0 means the true size. */
    private void serveListing(int claimedTotal, Runnable afterFirstPage) {
        CountDownLatch twoInFlight = new CountDownLatch(2);
        node.on("GET /api/v0/messages.json", (ex, n) -> {
            int page = Integer.parseInt(TestNode.query(ex, "page"));
            int per = Integer.parseInt(TestNode.query(ex, "pagination"));
            pagesAsked.add(page);
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                if (page > 1) {
                    twoInFlight.countDown();
                    RetryAndFailoverTest.awaitQuietly(twoInFlight, 5);
                }
                List<String> snapshot = new ArrayList<>(listed);
                int from = Math.min(snapshot.size(), (page - 1) * per);
                int to = Math.min(snapshot.size(), from + per);
                String body = "{\"messages\":[" + String.join(",", snapshot.subList(from, to)) + "],"
                        + "\"pagination_item\":\"messages\",\"pagination_page\":" + page + ",\"pagination_per_page\":" + per
                        + ",\"pagination_total\":" + (claimedTotal < 0 ? snapshot.size() : claimedTotal) + "}";
                TestNode.send(ex, 200, body);
                if (page == 1 && afterFirstPage != null) {
                    afterFirstPage.run();
                }
            } finally {
                inFlight.decrementAndGet();
            }
        });
    }

    private static String message(int i) {
        String hash = String.format("%064x", i);
        String content = "{\\\"address\\\":\\\"" + OWNER + "\\\",\\\"time\\\":" + (1_700_000_000 + i) + ".0,\\\"type\\\":\\\"test\\\"}";
        return "{\"chain\":\"ETH\",\"channel\":\"TEST\",\"confirmations\":[],\"confirmed\":false,\"item_content\":\"" + content
                + "\",\"item_hash\":\"" + hash + "\",\"item_type\":\"inline\",\"sender\":\"" + OWNER
                + "\",\"signature\":\"0x00\",\"size\":10,\"time\":" + (1_700_000_000 + i) + ".0,\"type\":\"POST\"}";
    }

    private List<String> messages(int fromInclusive, int toExclusive) {
        List<String> out = new ArrayList<>();
        for (int i = toExclusive - 1; i >= fromInclusive; i--) {
            out.add(message(i));
        }
        return out;
    }

    private static List<String> hashes(List<Message> messages) {
        return messages.stream().map(Message::itemHash).toList();
    }

    private static List<String> expectedHashes(int fromInclusive, int toExclusive) {
        List<String> out = new ArrayList<>();
        for (int i = toExclusive - 1; i >= fromInclusive; i--) {
            out.add(String.format("%064x", i));
        }
        return out;
    }

    @Test
    void mergesEveryPageInOrderWithParallelFetches() {
        listed.addAll(messages(0, 1050));
        serveListing(-1, null);
        try (CcnClient client = Clients.fast(node.url()).listPageSize(100).listParallelism(4).build()) {
            List<Message> all = client.listAll(MessageFilter.builder().owners(OWNER).msgTypes(MessageType.POST).build());
            assertThat(hashes(all)).containsExactlyElementsOf(expectedHashes(0, 1050));
            assertThat(all.get(0).itemContent()).contains("\"time\":1700001049.0");
        }
        assertThat(maxInFlight.get()).isBetween(2, 4);
        assertThat(pagesAsked).hasSize(11).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(node.requests.get(0)).contains("owners=" + OWNER).contains("msgTypes=POST");
    }

    @Test
    void deduplicatesWhenNewMessagesShiftThePagesAndFollowsTheGrowth() {
        listed.addAll(messages(0, 1000));
        serveListing(-1, () -> listed.addAll(0, messages(5000, 5003)));
        try (CcnClient client = Clients.fast(node.url()).listPageSize(100).listParallelism(4).build()) {
            List<Message> all = client.listAll(MessageFilter.all());
            assertThat(hashes(all)).doesNotHaveDuplicates().containsExactlyElementsOf(expectedHashes(0, 1000));
        }
        // the 10 announced pages were all full, so page 11 (3 shifted messages, a short page) was read too
        assertThat(pagesAsked).contains(11).doesNotContain(12);
    }

    @Test
    void stopsAtTheFirstShortPageWhenTheTotalOverestimates() {
        listed.addAll(messages(0, 250));
        serveListing(1000, null);
        try (CcnClient client = Clients.fast(node.url()).listPageSize(100).listParallelism(2).build()) {
            List<Message> all = client.listAll(MessageFilter.all());
            assertThat(hashes(all)).containsExactlyElementsOf(expectedHashes(0, 250));
        }
        assertThat(Collections.max(pagesAsked)).isLessThanOrEqualTo(5);
    }

    @Test
    void theBenchmarkHookCountsAndTimesAnOwnersListing() {
        listed.addAll(messages(0, 450));
        serveListing(-1, null);
        try (CcnClient client = Clients.fast(node.url()).listPageSize(100).build()) {
            ListingBenchmark.Timing timing = ListingBenchmark.listOwner(client, OWNER);
            assertThat(timing.messages()).isEqualTo(450);
            assertThat(timing.elapsed()).isPositive();
            assertThat(timing.toString()).contains("450 messages");
        }
        assertThat(node.requests).allMatch(r -> r.contains("owners=" + OWNER));
    }

    @Test
    void aSinglePageListingMakesOneRequest() {
        listed.addAll(messages(0, 7));
        serveListing(-1, null);
        try (CcnClient client = Clients.fast(node.url()).listPageSize(100).build()) {
            assertThat(client.listAll(MessageFilter.all())).hasSize(7);
        }
        assertThat(pagesAsked).containsExactly(1);
    }

    @Test
    void pageAndCursorModes() {
        node.on("GET /api/v0/messages.json", (ex, n) -> {
            boolean cursorMode = TestNode.query(ex, "cursor") != null;
            String body = cursorMode
                    ? "{\"messages\":[" + message(1) + "],\"pagination_per_page\":1,\"has_more\":false,\"next_cursor\":null}"
                    : "{\"messages\":[" + message(2) + "],\"pagination_item\":\"messages\",\"pagination_page\":3,"
                            + "\"pagination_per_page\":1,\"pagination_total\":5}";
            TestNode.send(ex, 200, body);
        });
        try (CcnClient client = Clients.fast(node.url()).build()) {
            Page<Message> paged = client.messages(MessageFilter.all(), 3, 1);
            assertThat(paged.page()).isEqualTo(3);
            assertThat(paged.total()).isEqualTo(5L);
            assertThat(paged.nextCursor()).isNull();
            Page<Message> cursored = client.messagesAfter(MessageFilter.all(), "eyJ0IjoxfQ", 1);
            assertThat(cursored.total()).isNull();
            assertThat(cursored.items()).extracting(Message::itemHash).containsExactly(String.format("%064x", 1));
        }
        assertThat(node.requests.get(0)).contains("page=3").contains("pagination=1").doesNotContain("cursor");
        assertThat(node.requests.get(1)).contains("cursor=eyJ0IjoxfQ").doesNotContain("page=");
    }

    @Test
    void forgottenListingsAreSkeletons() {
        String skeleton = "{\"sender\":\"" + OWNER + "\",\"chain\":\"ETH\",\"signature\":\"0x00\",\"type\":\"STORE\","
                + "\"item_type\":\"inline\",\"item_hash\":\"" + "c".repeat(64) + "\",\"time\":1700000000.5,\"channel\":\"TEST\","
                + "\"owner\":\"" + OWNER + "\",\"payment_type\":\"hold\",\"size\":120,\"forgotten_at\":\"2026-01-01T00:00:00Z\","
                + "\"status\":\"forgotten\",\"forgotten_by\":[\"" + "d".repeat(64) + "\"]}";
        node.on("GET /api/v0/messages.json", (ex, n) -> TestNode.send(ex, 200, "{\"messages\":[" + skeleton
                + "],\"pagination_item\":\"messages\",\"pagination_page\":1,\"pagination_per_page\":200,\"pagination_total\":1}"));
        try (CcnClient client = Clients.fast(node.url()).build()) {
            List<ForgottenEntry> all = client.listAllForgotten(
                    MessageFilter.builder().msgStatuses(MessageStatus.FORGOTTEN).owners(OWNER).build());
            assertThat(all).singleElement().satisfies(e -> {
                assertThat(e.itemHash()).isEqualTo("c".repeat(64));
                assertThat(e.status()).isEqualTo(MessageStatus.FORGOTTEN);
                assertThat(e.forgottenBy()).containsExactly("d".repeat(64));
                assertThat(e.size()).isEqualTo(120L);
                assertThat(e.time()).isEqualByComparingTo("1700000000.5");
                assertThat(e.owner()).isEqualTo(OWNER);
            });
        }
        assertThat(node.requests.get(0)).contains("msgStatuses=forgotten");
    }

    @Test
    void cancellingAListingStopsItsParallelPages() throws Exception {
        listed.addAll(messages(0, 1000));
        CountDownLatch hold = new CountDownLatch(1);
        CountDownLatch pageTwoAsked = new CountDownLatch(1);
        node.on("GET /api/v0/messages.json", (ex, n) -> {
            int page = Integer.parseInt(TestNode.query(ex, "page"));
            if (page > 1) {
                pageTwoAsked.countDown();
                RetryAndFailoverTest.awaitQuietly(hold, 30);
            }
            String body = "{\"messages\":[" + String.join(",", listed.subList(0, 100)) + "],\"pagination_page\":" + page
                    + ",\"pagination_per_page\":100,\"pagination_total\":1000}";
            TestNode.send(ex, 200, body);
        });
        Cancellation cancel = Cancellation.create();
        try (CcnClient client = Clients.fast(node.url()).listPageSize(100).build()) {
            var listing = CompletableFuture.supplyAsync(() -> client.with(cancel).listAll(MessageFilter.all()));
            assertThat(pageTwoAsked.await(10, TimeUnit.SECONDS)).isTrue();
            long at = System.nanoTime();
            cancel.cancel();
            Throwable failure = null;
            try {
                listing.get(10, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                failure = e.getCause();
            }
            assertThat(failure).isInstanceOf(CancellationException.class);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - at)).isLessThan(1500);
        } finally {
            hold.countDown();
        }
    }
}
