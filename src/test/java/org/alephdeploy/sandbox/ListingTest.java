package org.alephdeploy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.alephdeploy.message.ContentWriter;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageDraft;
import org.alephdeploy.message.MessageType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code messages.json}: every filter of P-5.2, page and cursor modes, sorting, shapes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListingTest {
    private NodeHarness h;
    private Message storeA;
    private Message revisionA;
    private Message programA;
    private Message postB;
    private Message aggregateA;
    private Message forgottenStore;
    private Message forget;
    private final List<Message> notes = new ArrayList<>();

    @BeforeAll
    void seed() {
        h = NodeHarness.start();
        storeA = h.processedStore(NodeHarness.A, "listing root");
        revisionA = h.store(NodeHarness.A, "listing revision", storeA.itemHash());
        assertThat(h.submit(revisionA, true).status()).isEqualTo(200);
        ObjectNode pc = h.programContent(NodeHarness.A.address(), storeA.itemHash(), true, true, null);
        ((ObjectNode) pc.get("metadata")).putArray("tags").add("blue");
        programA = h.sign(NodeHarness.A, MessageType.PROGRAM, pc);
        assertThat(h.submit(programA, true).status()).isEqualTo(200);
        ObjectNode post = ContentWriter.post(NodeHarness.B.address(), h.nextTime(), "note",
                Json.object().put("body", "hi").set("tags", Json.array().add("red")), null);
        postB = MessageDraft.inline(MessageType.POST, "OTHER", post).sign(NodeHarness.B);
        assertThat(h.submit(postB, true).status()).isEqualTo(200);
        aggregateA = h.sign(NodeHarness.A, MessageType.AGGREGATE, ContentWriter.aggregate(NodeHarness.A.address(),
                h.nextTime(), "settings", Json.object().put("theme", "dark")));
        assertThat(h.submit(aggregateA, true).status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            Message n = h.sign(NodeHarness.A, MessageType.POST, ContentWriter.post(NodeHarness.A.address(), h.nextTime(),
                    "page-note", Json.object().put("i", i), null));
            assertThat(h.submit(n, true).status()).isEqualTo(200);
            notes.add(n);
        }
        forgottenStore = h.processedStore(NodeHarness.A, "to be forgotten");
        forget = h.forget(NodeHarness.A, forgottenStore.itemHash());
        assertThat(h.submit(forget, true).status()).isEqualTo(200);
    }

    @AfterAll
    void stop() {
        h.close();
    }

    private List<String> hashes(String query) {
        NodeHarness.Res r = h.get("/api/v0/messages.json?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        r.json().path("messages").forEach(m -> out.add(m.path("item_hash").asText()));
        return out;
    }

    @Test
    void everyFilterSelectsWhatItNames() {
        assertThat(hashes("msgTypes=PROGRAM")).containsExactly(programA.itemHash());
        assertThat(hashes("msgType=AGGREGATE")).containsExactly(aggregateA.itemHash());
        assertThat(hashes("addresses=" + NodeHarness.B.address())).containsExactly(postB.itemHash());
        assertThat(hashes("addresses=" + NodeHarness.B.address().toLowerCase())).as("exact string").isEmpty();
        assertThat(hashes("owners=" + NodeHarness.B.address())).containsExactly(postB.itemHash());
        assertThat(hashes("refs=" + storeA.itemHash())).containsExactly(revisionA.itemHash());
        String fileHash = revisionA.content().path("item_hash").asText();
        assertThat(hashes("contentHashes=" + fileHash)).containsExactly(revisionA.itemHash());
        assertThat(hashes("contentTypes=note")).containsExactly(postB.itemHash());
        assertThat(hashes("contentTypes=vm-function")).containsExactly(programA.itemHash());
        assertThat(hashes("channels=OTHER")).containsExactly(postB.itemHash());
        assertThat(hashes("chains=ETH&msgTypes=PROGRAM")).containsExactly(programA.itemHash());
        assertThat(hashes("hashes=" + storeA.itemHash() + "," + programA.itemHash()))
                .containsExactlyInAnyOrder(storeA.itemHash(), programA.itemHash());
        assertThat(hashes("tags=blue,green")).containsExactly(programA.itemHash());
        assertThat(hashes("tags=red")).containsExactly(postB.itemHash());
        assertThat(hashes("paymentTypes=hold&msgTypes=PROGRAM,STORE")).contains(programA.itemHash(), storeA.itemHash());
        assertThat(hashes("paymentTypes=credit")).isEmpty();
        double t = notes.get(1).content().path("time").asDouble();
        double t3 = notes.get(3).content().path("time").asDouble();
        assertThat(hashes("startDate=" + t + "&endDate=" + t3 + "&contentTypes=page-note"))
                .containsExactly(notes.get(2).itemHash(), notes.get(1).itemHash());
        assertThat(hashes("endBlock=10")).isEmpty();
    }

    @Test
    void contentKeysAreValidatedAsItemHashesLikeTheReferenceNode() {
        assertThat(h.get("/api/v0/messages.json?contentKeys=settings").status()).isEqualTo(422);
    }

    @Test
    void invalidQueriesAre422WithPydanticErrors() {
        NodeHarness.Res r = h.get("/api/v0/messages.json?msgTypes=NOPE");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get(0).path("loc").get(0).asText()).isEqualTo("msgTypes");
        assertThat(h.get("/api/v0/messages.json?hashes=xyz").status()).isEqualTo(422);
        assertThat(h.get("/api/v0/messages.json?startDate=10&endDate=5").status()).isEqualTo(422);
        assertThat(h.get("/api/v0/messages.json?page=0").status()).isEqualTo(422);
        assertThat(h.get("/api/v0/messages.json?sortOrder=2").status()).isEqualTo(422);
        assertThat(h.get("/api/v0/messages.json?cursor=&pagination=0").status()).isEqualTo(422);
    }

    @Test
    void pageModeSortsByTimeAndReportsTotals() {
        NodeHarness.Res r = h.get("/api/v0/messages.json?contentTypes=page-note&pagination=2&page=2");
        JsonNode body = r.json();
        assertThat(body.path("pagination_page").asInt()).isEqualTo(2);
        assertThat(body.path("pagination_per_page").asInt()).isEqualTo(2);
        assertThat(body.path("pagination_total").asInt()).isEqualTo(5);
        assertThat(body.path("pagination_item").asText()).isEqualTo("messages");
        List<String> page2 = new ArrayList<>();
        body.path("messages").forEach(m -> page2.add(m.path("item_hash").asText()));
        assertThat(page2).containsExactly(notes.get(2).itemHash(), notes.get(1).itemHash());
        assertThat(hashes("contentTypes=page-note&sortOrder=1&pagination=1")).containsExactly(notes.get(0).itemHash());
        List<String> viaPath = new ArrayList<>();
        h.get("/api/v0/messages/page/3.json?contentTypes=page-note&pagination=2").json().path("messages")
                .forEach(m -> viaPath.add(m.path("item_hash").asText()));
        assertThat(viaPath).containsExactly(notes.get(0).itemHash());
        assertThat(hashes("contentTypes=page-note&pagination=0")).hasSize(5);
    }

    @Test
    void pagesAreSlicesOfTheWholeListingWhicheverPageIsAskedFirstAndAfterAChange() {
        for (String order : List.of("sortOrder=-1", "sortOrder=1")) {
            String q = "msgTypes=POST&" + order;
            List<String> whole = hashes(q + "&pagination=0");
            assertThat(whole).hasSizeGreaterThanOrEqualTo(6);
            assertThat(hashes(q + "&pagination=2&page=3")).as("page 3 asked first").isEqualTo(whole.subList(4, 6));
            List<String> walked = new ArrayList<>();
            for (int page = 1; page <= whole.size() / 2 + 1; page++) {
                walked.addAll(hashes(q + "&pagination=2&page=" + page));
            }
            assertThat(walked).as(order).isEqualTo(whole);
        }
        List<String> before = hashes("msgTypes=POST&pagination=2&page=2");
        Message newest = h.sign(NodeHarness.A, MessageType.POST, ContentWriter.post(NodeHarness.A.address(), h.nextTime(),
                "late-note", Json.object(), null));
        assertThat(h.submit(newest, true).status()).isEqualTo(200);
        List<String> whole = hashes("msgTypes=POST&pagination=0");
        assertThat(whole.get(0)).isEqualTo(newest.itemHash());
        assertThat(hashes("msgTypes=POST&pagination=2&page=2")).as("page 2 shifted by the new message")
                .isEqualTo(whole.subList(2, 4)).isNotEqualTo(before);
    }

    @Test
    void cursorModeWalksEveryMessageOnce() {
        List<String> seen = new ArrayList<>();
        String cursor = "";
        for (int i = 0; i < 10; i++) {
            JsonNode body = h.get("/api/v0/messages.json?contentTypes=page-note&pagination=2&cursor=" + cursor).json();
            assertThat(body.has("pagination_total")).isFalse();
            body.path("messages").forEach(m -> seen.add(m.path("item_hash").asText()));
            if (body.path("next_cursor").isNull()) {
                break;
            }
            cursor = body.path("next_cursor").asText();
        }
        List<String> expected = new ArrayList<>();
        for (int i = notes.size() - 1; i >= 0; i--) {
            expected.add(notes.get(i).itemHash());
        }
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(h.get("/api/v0/messages.json?cursor=garbage!").status()).isEqualTo(422);
    }

    @Test
    void listingJsonHasSortedKeysAndRawContent() {
        JsonNode body = h.get("/api/v0/messages.json?msgTypes=PROGRAM").json();
        assertSorted(body);
        JsonNode m = body.path("messages").get(0);
        assertThat(m.path("content").has("replaces")).as("raw content, no normalisation nulls").isFalse();
        assertThat(m.path("time").isNumber()).isTrue();
        assertThat(m.path("size").asLong()).isEqualTo(programA.itemContent().length());
        assertThat(m.path("confirmed").asBoolean()).isFalse();
    }

    @Test
    void contentFormatsHeadersAndNone() {
        JsonNode headers = h.get("/api/v0/messages.json?msgTypes=STORE&refs=" + storeA.itemHash() + "&contentFormat=headers")
                .json().path("messages").get(0).path("content");
        assertThat(headers.path("address").asText()).isEqualTo(NodeHarness.A.address());
        assertThat(headers.path("ref").asText()).isEqualTo(storeA.itemHash());
        assertThat(headers.has("item_hash")).isTrue();
        assertThat(headers.has("time")).isFalse();
        JsonNode none = h.get("/api/v0/messages.json?msgTypes=PROGRAM&excludeContent=true").json().path("messages").get(0);
        assertThat(none.has("content")).isFalse();
        assertThat(none.has("item_content")).isTrue();
    }

    @Test
    void forgottenListingShowsSkeletons() {
        JsonNode body = h.get("/api/v0/messages.json?msgStatuses=forgotten").json();
        JsonNode m = body.path("messages").get(0);
        assertThat(m.path("item_hash").asText()).isEqualTo(forgottenStore.itemHash());
        assertThat(m.path("status").asText()).isEqualTo("forgotten");
        assertThat(m.path("forgotten_by").get(0).asText()).isEqualTo(forget.itemHash());
        assertThat(m.has("content")).isFalse();
        assertThat(m.path("owner").asText()).isEqualTo(NodeHarness.A.address());
        assertThat(hashes("msgStatuses=processed")).doesNotContain(forgottenStore.itemHash());
        assertThat(h.get("/api/v0/messages.json?msgStatuses=forgotten,processed").status()).isEqualTo(400);
        assertThat(h.get("/api/v0/messages.json?msgStatuses=forgotten&refs=x").status()).isEqualTo(400);
        assertThat(h.get("/api/v0/messages.json?msgStatuses=forgotten&cursor=").status()).isEqualTo(400);
    }

    @Test
    void singleMessageViewsByStatus() {
        JsonNode processed = h.message(storeA.itemHash());
        assertThat(processed.path("status").asText()).isEqualTo("processed");
        JsonNode content = processed.path("message").path("content");
        assertThat(content.has("size") && content.get("size").isNull()).as("normalised STORE content").isTrue();
        assertThat(content.path("ref").isNull()).isTrue();
        assertThat(processed.path("message").has("size")).isFalse();
        JsonNode program = h.message(programA.itemHash()).path("message").path("content");
        assertThat(program.path("replaces").isNull()).isTrue();
        assertThat(program.path("code").path("interface").isNull()).isTrue();
        assertThat(program.path("data").isNull()).isTrue();
        List<String> keys = new ArrayList<>();
        program.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).startsWith("address", "time", "allow_amend", "metadata");
        assertThat(h.get("/api/v0/messages/not-a-hash").status()).isEqualTo(400);
        assertThat(h.get("/api/v0/messages/" + "9".repeat(64)).status()).isEqualTo(404);
        JsonNode status = h.get("/api/v0/messages/" + storeA.itemHash() + "/status").json();
        assertThat(status.path("status").asText()).isEqualTo("processed");
        assertThat(status.path("reception_time").asText()).endsWith("Z");
        assertThat(h.get("/api/v0/messages/" + postB.itemHash() + "/content").json().path("body").asText()).isEqualTo("hi");
        assertThat(h.get("/api/v0/messages/" + forgottenStore.itemHash() + "/content").status()).isEqualTo(422);
        JsonNode hashes = h.get("/api/v0/messages/hashes?status=forgotten").json();
        assertThat(hashes.path("hashes").get(0).asText()).isEqualTo(forgottenStore.itemHash());
    }

    private static void assertSorted(JsonNode n) {
        if (n.isObject()) {
            String prev = "";
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                assertThat(k.compareTo(prev)).as("key order at " + k).isGreaterThanOrEqualTo(0);
                prev = k;
                assertSorted(n.get(k));
            }
        } else if (n.isArray()) {
            n.forEach(ListingTest::assertSorted);
        }
    }
}
