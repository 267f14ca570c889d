package org.alephdeploy.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.undertow.server.HttpServerExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alephdeploy.message.CidV0;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.MessageFormatException;
import org.alephdeploy.sandbox.rules.HistoryImport;
import org.alephdeploy.sandbox.store.FileStore;
import org.alephdeploy.sandbox.store.ImportedHistory;

/**
 * The sandbox's own endpoints to import signed history from another node (docs/sandbox.md,
 * "Importing signed history"); the reference node has nothing like them.
 */
final class ImportApi {
    /** The most one import request (messages and skeletons as JSON) may weigh. */
    private static final long MAX_BATCH = 256L * 1024 * 1024;
    private static final long MAX_FILE = 2L * 1024 * 1024 * 1024;
    private static final Set<String> LIVE = Set.of("processed", "removing");

    private final NodeServices node;
    private final HistoryImport history;

    ImportApi(NodeServices node) {
        this.node = node;
        this.history = new HistoryImport(node.db(), node.pipeline());
    }

    void register(Router r) {
        r.add("POST", "/api/v0/sandbox/import", (ex, m) -> messages(ex));
        r.add("POST", "/api/v0/sandbox/import/file", (ex, m) -> file(ex));
        r.add("POST", "/api/v0/sandbox/import/remote", (ex, m) -> remote(ex));
        r.add("POST", "/api/v0/sandbox/import/status", (ex, m) -> statuses(ex));
    }

    private void messages(HttpServerExchange ex) throws IOException, BadRequest {
        try {
            Http.json(ex, 200, history.run(Json.parse(new String(Http.body(ex, MAX_BATCH), StandardCharsets.UTF_8))));
        } catch (MessageFormatException e) {
            throw new BadRequest(422, "The import body is not JSON: " + e.getMessage());
        } catch (HistoryImport.BadImport e) {
            throw new BadRequest(422, e.getMessage());
        }
    }

    /** {@code ?hash=H}: the body's bytes must hash to H (sha256 for storage, CIDv0 for IPFS). */
    private void file(HttpServerExchange ex) throws IOException, BadRequest {
        String hash = Http.param(ex, "hash");
        if (hash == null || !ItemHashes.isItemHash(hash)) {
            throw new BadRequest(422, "hash must be a storage hash (64 hex) or a CIDv0.");
        }
        ex.startBlocking();
        FileStore files = node.files();
        FileStore.Spooled s = files.spool(ex.getInputStream(), MAX_FILE);
        String actual = s.sha256();
        if (ItemHashes.isCid(hash)) {
            try (InputStream in = Files.newInputStream(s.path())) {
                actual = CidV0.of(in);
            }
        }
        if (!actual.equals(hash)) {
            files.discard(s);
            throw new BadRequest(422, "The bytes hash to " + actual + ", not " + hash + ".");
        }
        FileStore.Stored stored = files.keep(s);
        double now = node.pipeline().now();
        node.db().tx(c -> {
            ImportedHistory.fileArrived(c, hash, stored.sha256(), stored.size(), now);
            return null;
        });
        Http.json(ex, 200, Json.object().put("hash", hash).put("size", stored.size()));
    }

    /** {@code {"files":[{"hash","size","source"}]}}: known by hash and size, fetched from source when needed. */
    private void remote(HttpServerExchange ex) throws IOException, BadRequest {
        JsonNode body;
        try {
            body = Json.parse(new String(Http.body(ex, MAX_BATCH), StandardCharsets.UTF_8));
        } catch (MessageFormatException e) {
            throw new BadRequest(422, "The body is not JSON: " + e.getMessage());
        }
        double now = node.pipeline().now();
        int n = 0;
        for (JsonNode f : body.path("files")) {
            String hash = f.path("hash").asText("");
            String source = f.path("source").asText("");
            if (!ItemHashes.isItemHash(hash) || !(source.startsWith("http://") || source.startsWith("https://"))) {
                throw new BadRequest(422, "Each remote file needs a hash and an http(s) source URL.");
            }
            ImportedHistory.Remote r = new ImportedHistory.Remote(hash, f.path("size").asLong(0), source);
            String sha = ItemHashes.isSha256Hex(hash) ? hash : "";
            node.db().tx(c -> {
                ImportedHistory.markRemote(c, r, sha, now);
                return null;
            });
            n++;
        }
        ObjectNode o = Json.object().put("marked", n);
        Http.json(ex, 200, o);
    }

    /**
     * {@code {"statuses":[{"item_hash","status"}]}}, status {@code processed} or {@code removing}: the
     * statuses of copied messages that changed on the source without a new message. Only live
     * messages change; answers how many were updated, already had that status, or were skipped.
     */
    private void statuses(HttpServerExchange ex) throws IOException, BadRequest {
        JsonNode body;
        try {
            body = Json.parse(new String(Http.body(ex, MAX_BATCH), StandardCharsets.UTF_8));
        } catch (MessageFormatException e) {
            throw new BadRequest(422, "The body is not JSON: " + e.getMessage());
        }
        List<String[]> changes = new ArrayList<>();
        for (JsonNode s : body.path("statuses")) {
            String hash = s.path("item_hash").asText("");
            String status = s.path("status").asText("");
            if (!ItemHashes.isItemHash(hash) || !LIVE.contains(status)) {
                throw new BadRequest(422, "Each status needs an item_hash and a status of processed or removing.");
            }
            changes.add(new String[] {hash, status});
        }
        Map<ImportedHistory.StatusChange, Integer> counts = node.db().tx(c -> {
            Map<ImportedHistory.StatusChange, Integer> n = new EnumMap<>(ImportedHistory.StatusChange.class);
            for (String[] ch : changes) {
                n.merge(ImportedHistory.setLiveStatus(c, ch[0], ch[1]), 1, Integer::sum);
            }
            return n;
        });
        Http.json(ex, 200, Json.object().put("updated", counts.getOrDefault(ImportedHistory.StatusChange.UPDATED, 0))
                .put("unchanged", counts.getOrDefault(ImportedHistory.StatusChange.UNCHANGED, 0))
                .put("skipped", counts.getOrDefault(ImportedHistory.StatusChange.SKIPPED, 0)));
    }
}
