package org.alephdeploy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Message;
import org.junit.jupiter.api.Test;

/** {@code /api/ws0/messages}: history frames, then live frames, with the listing filters. */
class WebSocketTest {
    @Test
    void historyThenLiveFramesMatchingTheFilters() throws Exception {
        try (NodeHarness h = NodeHarness.start()) {
            Message first = h.processedStore(NodeHarness.A, "ws history 1");
            Message second = h.processedStore(NodeHarness.A, "ws history 2");
            h.processedStore(NodeHarness.B, "ws other sender");
            BlockingQueue<String> frames = new LinkedBlockingQueue<>();
            WebSocket.Listener listener = new WebSocket.Listener() {
                private final StringBuilder partial = new StringBuilder();

                @Override
                public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                    partial.append(data);
                    if (last) {
                        frames.add(partial.toString());
                        partial.setLength(0);
                    }
                    ws.request(1);
                    return null;
                }
            };
            String url = h.node.url().replace("http://", "ws://") + "/api/ws0/messages?history=5&addresses="
                    + NodeHarness.A.address();
            WebSocket ws = h.http.newWebSocketBuilder().buildAsync(URI.create(url), listener).get(5, TimeUnit.SECONDS);
            try {
                JsonNode h1 = Json.parse(frames.poll(5, TimeUnit.SECONDS));
                JsonNode h2 = Json.parse(frames.poll(5, TimeUnit.SECONDS));
                assertThat(h1.path("item_hash").asText()).as("oldest first").isEqualTo(first.itemHash());
                assertThat(h2.path("item_hash").asText()).isEqualTo(second.itemHash());
                assertThat(h1.path("content").has("size")).as("history frames: list shape").isFalse();

                h.processedStore(NodeHarness.B, "ws filtered out");
                Message live = h.processedStore(NodeHarness.A, "ws live");
                JsonNode frame = Json.parse(frames.poll(5, TimeUnit.SECONDS));
                assertThat(frame.path("item_hash").asText()).isEqualTo(live.itemHash());
                assertThat(frame.path("content").has("size")).as("live frames: normalised shape").isTrue();
                assertThat(frames.poll(200, TimeUnit.MILLISECONDS)).isNull();
            } finally {
                ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
            }
        }
    }
}
