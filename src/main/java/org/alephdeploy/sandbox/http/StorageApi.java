package org.alephdeploy.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.server.handlers.form.FormData;
import io.undertow.server.handlers.form.FormDataParser;
import io.undertow.server.handlers.form.MultiPartParserDefinition;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import org.alephdeploy.message.CidV0;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.MessageFormatException;
import org.alephdeploy.sandbox.rules.EnvelopeCheck;
import org.alephdeploy.sandbox.rules.CostRules;
import org.alephdeploy.sandbox.rules.MessageCosts;
import org.alephdeploy.sandbox.rules.ProcessingException;
import org.alephdeploy.sandbox.rules.Signatures;
import org.alephdeploy.sandbox.store.FileStore;
import org.alephdeploy.sandbox.store.FileTable;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.Locale;

/** Uploads and downloads of files (docs/PROTOCOL.md P-5.5–P-5.7). */
final class StorageApi {
    static final long MAX_FILE = 100L * 1024 * 1024;
    static final long MAX_UNAUTHENTICATED = 25L * 1024 * 1024;
    static final long MAX_IPFS_AUTHENTICATED = 1024L * 1024 * 1024;
    static final long MAX_CAR = 4L * 1024 * 1024 * 1024;
    private static final double GRACE_SECONDS = 24 * 3600;
    private static final long MULTIPART_SLACK = 1024 * 1024;

    private final NodeServices node;

    StorageApi(NodeServices node) {
        this.node = node;
    }

    void register(Router r) {
        r.add("POST", "/api/v0/storage/add_file", (ex, m) -> addFile(ex, false));
        r.add("POST", "/api/v0/ipfs/add_file", (ex, m) -> addFile(ex, true));
        r.add("POST", "/api/v0/storage/add_json", (ex, m) -> addJson(ex, false));
        r.add("POST", "/api/v0/ipfs/add_json", (ex, m) -> addJson(ex, true));
        r.add("GET,HEAD", "/api/v0/storage/raw/([^/]+)", this::raw);
        r.add("GET", "/api/v0/storage/by-message-hash/([^/]+)", this::byMessageHash);
        r.add("GET", "/api/v0/storage/by-ref/([^/]+)/([^/]+)", (ex, m) -> byTag(ex, m.group(1) + "/" + m.group(2), m.group(2)));
        r.add("GET", "/api/v0/storage/by-ref/([^/]+)", (ex, m) -> byTag(ex, m.group(1), m.group(1)));
        r.add("GET", "/api/v0/storage/metadata/([^/]+)", this::metadata);
        r.add("GET", "/api/v0/storage/count/([^/]+)", this::count);
        r.add("GET", "/api/v0/storage/limits\\.json", (ex, m) -> limits(ex));
        r.add("GET", "/api/v0/storage/([^/]+)", this::base64);
    }

    /** The parts of an upload once spooled to disk. */
    private record Upload(FileStore.Spooled file, String fileName, byte[] metadata) {
    }

    private void addFile(HttpServerExchange ex, boolean ipfs) throws Exception {
        Upload up = receive(ex, ipfs);
        try {
            long max = up.metadata() == null ? MAX_UNAUTHENTICATED : ipfs ? MAX_IPFS_AUTHENTICATED : node.maxFileSize();
            if (up.file().size() > max) {
                throw new BadRequest(413, "Maximum request body size " + max + " exceeded, actual body size " + up.file().size());
            }
            EnvelopeCheck.Checked message = null;
            boolean sync = false;
            if (up.metadata() != null) {
                JsonNode meta;
                try {
                    meta = Json.parse(new String(up.metadata(), StandardCharsets.UTF_8));
                } catch (MessageFormatException e) {
                    throw new BadRequest(422, "422: Could not decode metadata: " + e.getMessage());
                }
                if (!meta.isObject() || !meta.has("message") || !meta.has("sync") || !meta.get("sync").isBoolean()) {
                    throw new BadRequest(422, "422: Could not decode metadata: both 'message' and 'sync' are required");
                }
                sync = meta.get("sync").booleanValue();
                try {
                    message = EnvelopeCheck.check(meta.get("message"));
                } catch (EnvelopeCheck.Invalid e) {
                    throw new BadRequest(422, "422: Could not decode metadata: " + e.getMessage());
                }
                if (!message.type().equals("STORE") || message.inlineContent() == null) {
                    throw new BadRequest(422, "422: Could not decode metadata: the message must be an inline STORE");
                }
            }
            String fileHash = ipfs ? cid(up.file()) : up.file().sha256();
            if (message != null) {
                if (!Signatures.valid(message.envelope())) {
                    throw new BadRequest(403, "403: Forbidden");
                }
                ObjectNode content = message.inlineContent();
                if (ipfs && !"ipfs".equals(content.path("item_type").asText())) {
                    throw new BadRequest(422, "422: Invalid store message content: item_type must be ipfs");
                }
                String declared = content.path("item_hash").asText();
                if (!declared.equals(fileHash)) {
                    throw new BadRequest(422, "422: File hash does not match (" + fileHash + " != " + declared + ")");
                }
                CostRules.Cost cost = node.db().tx(c -> CostRules.of("STORE", content, MessageCosts.pricingAggregate(c),
                        CostRules.mibOf(up.file().size()), CostRules.Sizes.NONE, false));
                double time = message.time().doubleValue();
                boolean exempt = CostRules.freeEra("STORE", content, time)
                        || CostRules.smallHoldStore("STORE", content, time, CostRules.mibOf(up.file().size()));
                Optional<ProcessingException> fundsProblem = exempt ? Optional.empty()
                        : node.pipeline().fundsProblem(content.path("address").asText(), cost);
                if (fundsProblem.isPresent()) {
                    throw new BadRequest(402, "402: Payment Required");
                }
            }
            keep(up.file(), fileHash, message == null);
            ObjectNode out = Json.object();
            out.put("status", "success");
            out.put("hash", fileHash);
            if (ipfs) {
                out.put("name", up.fileName() == null ? "file" : up.fileName());
                out.put("size", up.file().size());
            }
            int status = 200;
            if (message != null) {
                status = MessagesApi.publish(node, message, sync).httpStatus();
            }
            Http.json(ex, status, out);
        } finally {
            node.files().discard(up.file());
        }
    }

    private Upload receive(HttpServerExchange ex, boolean ipfs) throws Exception {
        String type = ex.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
        boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
        if (!multipart) {
            if (ipfs) {
                throw new BadRequest(400, "400: Bad Request");
            }
            ex.startBlocking();
            try {
                return new Upload(node.files().spool(ex.getInputStream(), MAX_UNAUTHENTICATED), null, null);
            } catch (FileStore.TooLargeException e) {
                throw new BadRequest(413, e.getMessage());
            }
        }
        long cap = (ipfs ? MAX_IPFS_AUTHENTICATED : node.maxFileSize()) + MULTIPART_SLACK;
        ex.setMaxEntitySize(cap);
        MultiPartParserDefinition def = new MultiPartParserDefinition(node.files().tmpDir());
        def.setDefaultEncoding("UTF-8");
        def.setFileSizeThreshold(0);
        ex.startBlocking();
        FormData data;
        try (FormDataParser parser = def.create(ex)) {
            data = parser.parseBlocking();
            FormData.FormValue file = data.getFirst("file");
            if (file == null) {
                throw new BadRequest(ipfs ? 422 : 400, ipfs ? "Missing 'file' in multipart form."
                        : "400: File should be sent as FormData or Raw Upload");
            }
            FormData.FormValue meta = data.getFirst("metadata");
            byte[] metadata = meta == null ? null : bytesOf(meta);
            FileStore.Spooled spooled;
            if (file.isFileItem()) {
                try (InputStream in = file.getFileItem().getInputStream()) {
                    spooled = node.files().spool(in, Long.MAX_VALUE);
                }
            } else {
                spooled = node.files().spool(new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)),
                        Long.MAX_VALUE);
            }
            return new Upload(spooled, file.getFileName(), metadata);
        } catch (RequestTooBigException e) {
            throw new BadRequest(413, "Maximum request body size " + cap + " exceeded, actual body size "
                    + ex.getRequestContentLength());
        } catch (IOException e) {
            if (e.getCause() instanceof RequestTooBigException || e instanceof MultiPartParserDefinition.FileTooLargeException) {
                throw new BadRequest(413, "Maximum request body size " + cap + " exceeded");
            }
            throw e;
        }
    }

    private static byte[] bytesOf(FormData.FormValue v) throws IOException {
        if (v.isFileItem()) {
            try (InputStream in = v.getFileItem().getInputStream()) {
                return in.readAllBytes();
            }
        }
        return v.getValue().getBytes(StandardCharsets.UTF_8);
    }

    private String cid(FileStore.Spooled s) throws IOException {
        try (InputStream in = Files.newInputStream(s.path())) {
            return CidV0.of(in);
        }
    }

    /** Moves the spooled bytes into the store and records the file; unauthenticated uploads get a grace pin. */
    private void keep(FileStore.Spooled s, String fileHash, boolean gracePin) throws IOException {
        FileStore.Stored stored = node.files().keep(s);
        double now = node.pipeline().now();
        node.db().tx(c -> {
            FileTable.upsertFile(c, fileHash, stored.sha256(), stored.size(), now);
            if (gracePin) {
                FileTable.addGracePin(c, fileHash, now, now + GRACE_SECONDS);
            }
            return null;
        });
    }

    private void addJson(HttpServerExchange ex, boolean ipfs) throws Exception {
        byte[] body;
        try {
            body = Http.body(ex, MAX_UNAUTHENTICATED);
        } catch (FileStore.TooLargeException e) {
            throw new BadRequest(413, e.getMessage());
        }
        try {
            Json.parse(new String(body, StandardCharsets.UTF_8));
        } catch (MessageFormatException e) {
            throw new BadRequest(422, "422: Invalid JSON body");
        }
        // Stored as received, so that the hash is the one of the bytes the client sent (see report).
        FileStore.Spooled s = node.files().spool(new ByteArrayInputStream(body), Long.MAX_VALUE);
        try {
            String hash = ipfs ? CidV0.ofBytes(body) : s.sha256();
            keep(s, hash, true);
            ObjectNode out = Json.object();
            out.put("status", "success");
            out.put("hash", hash);
            Http.json(ex, 200, out);
        } finally {
            node.files().discard(s);
        }
    }

    private FileTable.FileRow file(String hash) throws BadRequest {
        if (ItemHashes.lenientShape(hash).isEmpty()) {
            throw new BadRequest(400, "Invalid hash");
        }
        Optional<FileTable.FileRow> row = node.db().tx(c -> FileTable.file(c, hash));
        if (row.isEmpty() || !node.files().has(row.get().sha256())) {
            throw new BadRequest(404, "Not found");
        }
        return row.get();
    }

    private void raw(HttpServerExchange ex, Matcher m) throws Exception {
        FileTable.FileRow f = file(m.group(1));
        ex.setStatusCode(200);
        ex.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/octet-stream");
        ex.getResponseHeaders().put(Headers.CONTENT_LENGTH, f.size());
        ex.getResponseHeaders().put(new HttpString("Accept-Ranges"), "none");
        if (ex.getRequestMethod().equalToString("HEAD")) {
            ex.endExchange();
            return;
        }
        ex.startBlocking();
        try (InputStream in = Files.newInputStream(node.files().path(f.sha256()));
                OutputStream out = ex.getOutputStream()) {
            in.transferTo(out);
        }
    }

    private void base64(HttpServerExchange ex, Matcher m) throws Exception {
        FileTable.FileRow f = file(m.group(1));
        if (f.size() > MAX_FILE) {
            throw new BadRequest(413, "Maximum request body size " + MAX_FILE + " exceeded, actual body size " + f.size());
        }
        byte[] bytes = node.files().read(f.sha256());
        String b64 = Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(bytes);
        ObjectNode out = Json.object();
        out.put("status", "success");
        out.put("hash", f.hash());
        out.put("engine", ItemHashes.isSha256Hex(f.hash()) ? "storage" : "ipfs");
        out.put("content", bytes.length == 0 ? "" : b64 + "\n");
        Http.json(ex, 200, out);
    }

    private ObjectNode pinView(String ref, String owner, String fileHash) throws BadRequest {
        long size = node.db().tx(c -> FileTable.file(c, fileHash)).map(FileTable.FileRow::size).orElse(0L);
        ObjectNode o = Json.object();
        o.put("ref", ref);
        o.put("owner", owner);
        o.put("file_hash", fileHash);
        o.put("download_url", "/api/v0/storage/raw/" + fileHash);
        o.put("size", size);
        return o;
    }

    private void byMessageHash(HttpServerExchange ex, Matcher m) throws BadRequest {
        String hash = m.group(1);
        if (!ItemHashes.isItemHash(hash)) {
            throw new BadRequest(400, "Invalid message hash: " + hash);
        }
        Optional<FileTable.Pin> pin = node.db().tx(c -> FileTable.messagePin(c, hash));
        if (pin.isEmpty()) {
            throw new BadRequest(404, "No file found for message " + hash);
        }
        FileTable.Pin p = pin.get();
        Http.json(ex, 200, pinView(p.ref() != null ? p.ref() : p.itemHash(), p.owner(), p.fileHash()));
    }

    private void byTag(HttpServerExchange ex, String tag, String ref) throws BadRequest {
        Optional<FileTable.Tag> t = node.db().tx(c -> FileTable.tag(c, tag));
        if (t.isEmpty()) {
            throw new BadRequest(404, "No file found for tag " + tag);
        }
        Http.json(ex, 200, pinView(ref, t.get().owner(), t.get().fileHash()));
    }

    private void metadata(HttpServerExchange ex, Matcher m) throws BadRequest {
        FileTable.FileRow f = file(m.group(1));
        ObjectNode o = Json.object();
        o.put("file_hash", f.hash());
        o.put("type", f.type());
        o.put("size", f.size());
        o.put("download_url", "/api/v0/storage/raw/" + f.hash());
        Http.json(ex, 200, o);
    }

    private void count(HttpServerExchange ex, Matcher m) throws BadRequest {
        String hash = m.group(1);
        if (ItemHashes.lenientShape(hash).isEmpty()) {
            throw new BadRequest(400, "Invalid hash");
        }
        long n = node.db().tx(c -> FileTable.countPins(c, hash));
        Http.json(ex, 200, Json.NODES.numberNode(n));
    }

    private void limits(HttpServerExchange ex) {
        ObjectNode o = Json.object();
        ObjectNode s = o.putObject("storage");
        s.put("max_file_size", node.maxFileSize());
        s.put("max_unauthenticated_upload_file_size", MAX_UNAUTHENTICATED);
        ObjectNode i = o.putObject("ipfs");
        i.put("max_upload_file_size", MAX_IPFS_AUTHENTICATED);
        i.put("max_upload_car_size", MAX_CAR);
        i.put("max_unauthenticated_upload_file_size", MAX_UNAUTHENTICATED);
        Http.json(ex, 200, o);
    }
}
