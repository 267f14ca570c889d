package org.alephdeploy.ccn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSource;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageStatus;

/**
 * A blocking client of Aleph Core Channel Nodes (docs/PROTOCOL.md P-5). Every method blocks the
 * calling thread until the node answers, the retries are exhausted or the call is cancelled; call
 * it off the UI thread. Thread-safe: one instance serves the whole application.
 *
 * <p>Failures are {@link NodeError}s. Idempotent calls (reads, signed message posts,
 * content-addressed uploads) are retried with backoff on connection errors, timeouts, truncated
 * answers, 429 and 5xx, failing over to the next node URL; other 4xx answers are never retried.
 * Cancellation: {@link #with(Cancellation)} gives a view whose calls all stop when it is
 * cancelled (and an interrupt of the calling thread does the same); cancelled calls throw
 * {@link java.util.concurrent.CancellationException}.
 */
public final class CcnClient implements AutoCloseable {
    public static final String API2 = "https://api2.aleph.im";
    public static final String API3 = "https://api3.aleph.im";
    /** The public mainnet nodes, tried in this order. */
    public static final List<String> MAINNET_NODES = List.of(API2, API3);

    /** A sync post waits up to 30 s on the node (pitfall 22); reads wait longer than that. */
    static final Duration SYNC_READ_TIMEOUT = Duration.ofSeconds(45);
    private static final MediaType JSON = MediaType.get("application/json");
    private static final Function<NodeResponse, Page<Message>> MESSAGES = Replies::messagePage;
    private static final Function<NodeResponse, Page<ForgottenEntry>> SKELETONS = r -> Replies.skeletonPage(r.json());

    private final Shared shared;
    private final Cancellation cancellation;

    private CcnClient(Shared shared, Cancellation cancellation) {
        this.shared = shared;
        this.cancellation = cancellation;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A view of this client whose calls all stop when {@code c} is cancelled; shares connections. */
    public CcnClient with(Cancellation c) {
        return new CcnClient(shared, Objects.requireNonNull(c));
    }

    /** The node base URLs, in failover order. */
    public List<String> nodes() {
        return shared.transport.nodeNames();
    }

    // ---- messages

    /**
     * {@code POST /api/v0/messages}. Returns what the node said: 202 {@code pending} only means
     * queued (use {@link MessageWaiter}); a sync post that is rejected returns 422 {@code rejected}
     * (query {@link #message} for the code). A malformed message throws {@link NodeError} of kind
     * {@link NodeError.Kind#INVALID_MESSAGE_FORMAT}. Retried safely: the same signed message has the
     * same hash.
     */
    public PostResult postMessage(Message message, boolean sync) {
        return postMessage(message, sync, cancellation);
    }

    PostResult postMessage(Message message, boolean sync, Cancellation cancel) {
        ObjectNode body = Json.object();
        body.put("sync", sync);
        body.set("message", message.toWire());
        RequestSpec spec = RequestSpec.post("api/v0/messages", jsonBody(body), true).cancellation(cancel);
        if (sync) {
            spec.minReadTimeout(SYNC_READ_TIMEOUT);
        }
        return shared.transport.call(spec, r -> {
            if (r.status() == 200 || r.status() == 202) {
                return Replies.postResult(r.status(), r.json());
            }
            JsonNode json = r.status() == 422 ? r.jsonOrNull() : null;
            if (json != null && json.has("message_status")) {
                return Replies.postResult(r.status(), json);
            }
            throw r.error();
        });
    }

    /** {@code GET /api/v0/messages/{hash}}; empty when the node does not know the hash (404). */
    public Optional<MessageRecord> message(String itemHash) {
        RequestSpec spec = RequestSpec.get("api/v0/messages").segment(itemHash).maxBody(BodyLimits.MESSAGE)
                .cancellation(cancellation);
        return shared.transport.call(spec, r -> {
            if (r.status() == 404) {
                return Optional.empty();
            }
            if (r.status() != 200) {
                throw r.error();
            }
            return Optional.of(Replies.messageRecord(r.json()));
        });
    }

    /** {@code GET /api/v0/messages/{hash}/status}; empty when unknown. */
    public Optional<MessageStatusInfo> messageStatus(String itemHash) {
        RequestSpec spec = RequestSpec.get("api/v0/messages").segment(itemHash).segment("status").cancellation(cancellation);
        return shared.transport.call(spec, r -> {
            if (r.status() == 404) {
                return Optional.empty();
            }
            if (r.status() != 200) {
                throw r.error();
            }
            return Optional.of(Replies.statusInfo(r.json()));
        });
    }

    /** One page (1-based) of {@code GET /api/v0/messages.json}; {@code perPage} 0 means everything at once. */
    public Page<Message> messages(MessageFilter filter, int page, int perPage) {
        requireLiveListing(filter);
        return listing(filter, page, perPage, null, cancellation, MESSAGES);
    }

    /**
     * One page in cursor mode ({@code cursor} from a previous cursor-mode page; the node only
     * enters cursor mode when given one). {@link Page#nextCursor()} is null on the last page.
     */
    public Page<Message> messagesAfter(MessageFilter filter, String cursor, int perPage) {
        requireLiveListing(filter);
        Objects.requireNonNull(cursor, "cursor");
        return listing(filter, 0, perPage, cursor, cancellation, MESSAGES);
    }

    /** One page of a deleted-messages listing ({@code msgStatuses} forgotten or removed). */
    public Page<ForgottenEntry> forgottenMessages(MessageFilter filter, int page, int perPage) {
        requireSkeletonListing(filter);
        return listing(filter, page, perPage, null, cancellation, SKELETONS);
    }

    /**
     * Every message matching {@code filter}: pages fetched in parallel (bounded), merged in order,
     * de-duplicated by item hash.
     */
    public List<Message> listAll(MessageFilter filter) {
        requireLiveListing(filter);
        return walker(filter, MESSAGES, Message::itemHash).all(cancellation);
    }

    /**
     * Every message matching {@code filter}, like {@link #listAll(MessageFilter)}; {@code onPage}
     * receives each page's new messages as soon as that page is merged (in page order, on the
     * calling thread), so they can be checked while the next pages are fetched.
     */
    public List<Message> listAll(MessageFilter filter, Consumer<List<Message>> onPage) {
        requireLiveListing(filter);
        return walker(filter, MESSAGES, Message::itemHash).all(cancellation, onPage);
    }

    /** Every entry of a deleted-messages listing, like {@link #listAll}. */
    public List<ForgottenEntry> listAllForgotten(MessageFilter filter) {
        requireSkeletonListing(filter);
        return walker(filter, SKELETONS, ForgottenEntry::itemHash).all(cancellation);
    }

    private <T> PageWalker<T> walker(MessageFilter filter, Function<NodeResponse, Page<T>> parse,
                                     Function<T, String> key) {
        int perPage = shared.pageSize;
        return new PageWalker<>((page, cancel) -> listing(filter, page, perPage, null, cancel, parse), key, perPage,
                shared.parallelism, shared.listExecutor);
    }

    private <T> Page<T> listing(MessageFilter filter, int page, int perPage, String cursor, Cancellation cancel,
                                Function<NodeResponse, Page<T>> parse) {
        if (perPage < 0 || (cursor == null && page < 1)) {
            throw new IllegalArgumentException("page must be >= 1 and perPage >= 0");
        }
        RequestSpec spec = RequestSpec.get("api/v0/messages.json").maxBody(BodyLimits.LISTING).params(filter.toQuery())
                .param("pagination", perPage).cancellation(cancel);
        if (cursor != null) {
            spec.param("cursor", cursor);
        } else {
            spec.param("page", page);
        }
        return shared.transport.call(spec, r -> {
            if (r.status() != 200) {
                throw r.error();
            }
            return parse.apply(r);
        });
    }

    private static void requireLiveListing(MessageFilter filter) {
        if (filter.isSkeletonListing()) {
            throw new IllegalArgumentException("listings of forgotten or removed messages use forgottenMessages/listAllForgotten");
        }
    }

    private static void requireSkeletonListing(MessageFilter filter) {
        if (!filter.isSkeletonListing()) {
            throw new IllegalArgumentException("this listing needs msgStatuses forgotten or removed");
        }
    }

    // ---- storage

    /**
     * Uploads a file to the node's storage ({@code POST /api/v0/storage/add_file}), streamed from
     * disk, with the STORE message attached when given (its content must name the file's SHA-256;
     * {@code sync} as in {@link #postMessage}). The file is hashed first; when the node already has
     * it, nothing is uploaded and the STORE message is posted through {@code /messages} instead.
     *
     * @param listener     progress of the upload, may be null
     * @param cancellation stops the hashing and the upload; null to use this view's cancellation
     */
    public UploadResult addFile(Path file, Message storeMessageOrNull, boolean sync, UploadListener listener,
                                Cancellation cancellation) {
        return shared.uploads.addFile(file, storeMessageOrNull, sync, listener, pick(cancellation));
    }

    /**
     * Uploads a file to the node's IPFS ({@code POST /api/v0/ipfs/add_file}), streamed, with an
     * attached STORE message of {@code item_type: ipfs} when given. Always uploads: the CID can only
     * be known after adding.
     */
    public IpfsUploadResult ipfsAddFile(Path file, Message storeMessageOrNull, boolean sync, UploadListener listener,
                                        Cancellation cancellation) {
        return shared.uploads.ipfsAddFile(file, storeMessageOrNull, sync, listener, pick(cancellation));
    }

    /** {@code POST /api/v0/storage/add_json}: stores a JSON document (24 h unless pinned); returns its hash. */
    public String addJson(JsonNode document) {
        RequestSpec spec = RequestSpec.post("api/v0/storage/add_json", jsonBody(document), true).cancellation(cancellation);
        return shared.transport.call(spec, r -> {
            if (r.status() != 200) {
                throw r.error();
            }
            String hash = Replies.text(r.json(), "hash");
            if (hash == null) {
                throw new NodeResponse.MalformedBody("the answer has no hash", null);
            }
            return hash;
        });
    }

    /**
     * True when the node holds the file's bytes: {@code HEAD /api/v0/storage/raw/{hash}} is 200
     * (or, where HEAD is refused, {@code GET /api/v0/storage/metadata/{hash}}).
     */
    public boolean fileExists(String fileHash) {
        return fileExists(fileHash, cancellation);
    }

    boolean fileExists(String fileHash, Cancellation cancel) {
        RequestSpec head = RequestSpec.head("api/v0/storage/raw").segment(fileHash).cancellation(cancel);
        Boolean exists = shared.transport.call(head, r -> {
            if (r.status() == 200 || r.status() == 404) {
                return r.status() == 200;
            }
            if (r.status() == 405 || r.status() == 501) {
                return null;
            }
            throw r.error();
        });
        if (exists != null) {
            return exists;
        }
        // a gateway that refuses HEAD: ask for the file's metadata instead
        RequestSpec metadata = RequestSpec.get("api/v0/storage/metadata").segment(fileHash).cancellation(cancel);
        return shared.transport.call(metadata, r -> {
            if (r.status() == 200 || r.status() == 404) {
                return r.status() == 200;
            }
            throw r.error();
        });
    }

    /**
     * Downloads {@code GET /api/v0/storage/raw/{hash}} into {@code destination}, streamed through a
     * temporary file; a SHA-256 file hash is checked before the file is moved into place.
     */
    public void download(String fileHash, Path destination, UploadListener listener) {
        download(fileHash, destination, listener, BodyLimits.DOWNLOAD);
    }

    /** {@link #download} of at most {@code maxBytes}: a longer body is a hostile answer and leaves no file. */
    void download(String fileHash, Path destination, UploadListener listener, long maxBytes) {
        DownloadSink sink = new DownloadSink(fileHash, destination, listener == null ? UploadListener.NONE : listener,
                cancellation, maxBytes);
        RequestSpec spec = RequestSpec.get("api/v0/storage/raw").segment(fileHash).sink(sink).maxBody(maxBytes).transfer()
                .cancellation(cancellation);
        shared.transport.call(spec, r -> {
            if (r.status() != 200) {
                throw r.error();
            }
            return null;
        });
    }

    /**
     * The first {@code n} bytes of {@code GET /api/v0/storage/raw/{hash}} (fewer when the file is
     * shorter): the stream is closed once they are read, so a large file costs only its first bytes.
     * Empty when the node does not hold the file (404).
     */
    public Optional<byte[]> fileHead(String fileHash, int n) {
        AtomicReference<byte[]> head = new AtomicReference<>();
        RequestSpec spec = RequestSpec.get("api/v0/storage/raw").segment(fileHash).sink(body -> {
            try (BufferedSource source = body.source()) {
                Buffer buffer = new Buffer();
                while (buffer.size() < n && source.read(buffer, n - buffer.size()) != -1) {
                    // read until n bytes or the end of the file
                }
                head.set(buffer.readByteArray());
            }
        }).cancellation(cancellation);
        return shared.transport.call(spec, r -> {
            if (r.status() == 404) {
                return Optional.empty();
            }
            if (r.status() != 200) {
                throw r.error();
            }
            return Optional.of(head.get());
        });
    }

    /** {@code GET /api/v0/storage/by-message-hash/{hash}}; empty on 404. */
    public Optional<FileRef> byMessageHash(String messageHash) {
        return optional(RequestSpec.get("api/v0/storage/by-message-hash").segment(messageHash), Replies::fileRef);
    }

    /** {@code GET /api/v0/storage/by-ref/{ref}} for a hash-shaped ref: the latest revision; empty on 404. */
    public Optional<FileRef> byRef(String ref) {
        return optional(RequestSpec.get("api/v0/storage/by-ref").segment(ref), Replies::fileRef);
    }

    /** {@code GET /api/v0/storage/by-ref/{address}/{ref}} for a user string ref; empty on 404. */
    public Optional<FileRef> byRef(String address, String ref) {
        return optional(RequestSpec.get("api/v0/storage/by-ref").segment(address).segment(ref), Replies::fileRef);
    }

    /** {@code GET /api/v0/storage/metadata/{hash}}; empty on 404. */
    public Optional<FileMetadata> fileMetadata(String fileHash) {
        return optional(RequestSpec.get("api/v0/storage/metadata").segment(fileHash), Replies::fileMetadata);
    }

    /** {@code GET /api/v0/storage/count/{hash}}: how many pins of any kind the file has. */
    public long fileCount(String fileHash) {
        RequestSpec spec = RequestSpec.get("api/v0/storage/count").segment(fileHash).cancellation(cancellation);
        return shared.transport.call(spec, r -> {
            if (r.status() != 200) {
                throw r.error();
            }
            JsonNode n = r.json();
            if (!n.canConvertToLong()) {
                throw new NodeResponse.MalformedBody("the count is not a number", null);
            }
            return n.longValue();
        });
    }

    /** {@code GET /api/v0/storage/limits.json}. */
    public StorageLimits limits() {
        return required(RequestSpec.get("api/v0/storage/limits.json"), Replies::limits);
    }

    /**
     * One page of {@code GET /api/v0/addresses/{address}/files} (files pinned by the address's
     * STORE messages); {@code perPage} 0 = all. The node's 404 for "no files" is an empty result.
     */
    public AddressFiles addressFiles(String address, int page, int perPage, boolean newestFirst) {
        RequestSpec spec = RequestSpec.get("api/v0/addresses").segment(address).segment("files").maxBody(BodyLimits.LISTING)
                .param("pagination", perPage).param("page", page).param("sort_order", newestFirst ? -1 : 1)
                .cancellation(cancellation);
        return shared.transport.call(spec, r -> {
            if (r.status() == 404) {
                return new AddressFiles(address, 0, List.of(), page, 0, perPage);
            }
            if (r.status() != 200) {
                throw r.error();
            }
            return Replies.addressFiles(r.json());
        });
    }

    // ---- accounts, prices, aggregates

    /** {@code GET /api/v0/addresses/{address}/balance} (unknown addresses have zero balances). */
    public Balance balance(String address) {
        return required(RequestSpec.get("api/v0/addresses").segment(address).segment("balance"), Replies::balance);
    }

    /**
     * {@code GET /api/v0/price/{hash}}: empty when the node does not know the message or rejected
     * it (404). A pending message throws {@link NodeError} of kind {@link NodeError.Kind#PENDING}
     * (the node answers pending messages with HTTP 102, which HTTP clients cannot read as an answer,
     * so the status is checked first); a deleted one throws 410.
     */
    public Optional<Price> price(String itemHash) {
        Optional<MessageStatusInfo> status = messageStatus(itemHash);
        if (status.isEmpty()) {
            return Optional.empty();
        }
        if (status.get().status() == MessageStatus.PENDING) {
            throw NodeError.pending(itemHash, String.join(", ", nodes()));
        }
        return optional(RequestSpec.get("api/v0/price").segment(itemHash), Replies::price);
    }

    /** {@code POST /api/v0/price/estimate} for an unsent message. */
    public Price estimatePrice(Message message) {
        ObjectNode body = Json.object();
        body.set("message", message.envelope());
        RequestSpec spec = RequestSpec.post("api/v0/price/estimate", jsonBody(body), true);
        return required(spec, Replies::price);
    }

    /**
     * {@code GET /api/v0/costs}: what {@code address} already pays with {@code paymentType} (hold or
     * credit), per message; empty when the node has no such endpoint (404).
     */
    public Optional<AddressCosts> costs(String address, String paymentType) {
        RequestSpec spec = RequestSpec.get("api/v0/costs").maxBody(BodyLimits.LISTING).param("address", address).param("payment_type", paymentType)
                .param("include_details", "1").param("pagination", "1000");
        return optional(spec, Replies::costs);
    }

    /** {@code GET /api/v0/aggregates/{address}.json?keys=…}; empty when the address has none (404). */
    public Optional<Aggregates> aggregates(String address, String... keys) {
        RequestSpec spec = RequestSpec.get("api/v0/aggregates").segment(address + ".json").maxBody(BodyLimits.LISTING);
        if (keys.length > 0) {
            spec.param("keys", String.join(",", keys));
        }
        return optional(spec, Replies::aggregates);
    }

    /** {@code GET /api/v0/version}: the node software's version string. */
    public String version() {
        return required(RequestSpec.get("api/v0/version"), n -> {
            String v = Replies.text(n, "version");
            if (v == null) {
                throw new NodeResponse.MalformedBody("the answer has no version", null);
            }
            return v;
        });
    }

    /**
     * True when the node says it is a sandbox ({@code "sandbox": true} in its {@code /api/v0/version}
     * answer); false for any other node, including one that does not answer the question.
     */
    public boolean isSandbox() {
        return required(RequestSpec.get("api/v0/version"), n -> n.path("sandbox").asBoolean(false));
    }

    private <T> Optional<T> optional(RequestSpec spec, Function<JsonNode, T> parse) {
        spec.cancellation(cancellation);
        return shared.transport.call(spec, r -> {
            if (r.status() == 404) {
                return Optional.empty();
            }
            if (r.status() != 200) {
                throw r.error();
            }
            return Optional.of(parse.apply(r.json()));
        });
    }

    private <T> T required(RequestSpec spec, Function<JsonNode, T> parse) {
        spec.cancellation(cancellation);
        return shared.transport.call(spec, r -> {
            if (r.status() != 200) {
                throw r.error();
            }
            return parse.apply(r.json());
        });
    }

    private Cancellation pick(Cancellation explicit) {
        return explicit == null ? cancellation : explicit;
    }

    private static RequestBody jsonBody(JsonNode node) {
        return RequestBody.create(Json.compact(node), JSON);
    }

    /** Releases threads and pooled connections; views made by {@link #with} share them and close nothing. */
    @Override
    public void close() {
        if (cancellation == Cancellation.NONE && shared.owner == this) {
            shared.http.dispatcher().executorService().shutdown();
            shared.http.connectionPool().evictAll();
            shared.listExecutor.shutdownNow();
        }
    }

    /** What every view of one client shares. */
    private static final class Shared {
        OkHttpClient http;
        Transport transport;
        Uploads uploads;
        ExecutorService listExecutor;
        int pageSize;
        int parallelism;
        CcnClient owner;
    }

    /** Configures a {@link CcnClient}. */
    public static final class Builder {
        private final List<String> nodes = new ArrayList<>();
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(60);
        private Duration writeTimeout = Duration.ofSeconds(60);
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private int listParallelism = 4;
        private int listPageSize = 200;
        private String userAgent = "AlephDeploy";

        private Builder() {
        }

        /** Node base URLs in failover order (replaces earlier ones); default {@link #MAINNET_NODES}. */
        public Builder nodes(List<String> urls) {
            nodes.clear();
            urls.forEach(this::node);
            return this;
        }

        /** Adds one node base URL, e.g. {@code http://127.0.0.1:4024}. */
        public Builder node(String url) {
            nodes.add(Objects.requireNonNull(url));
            return this;
        }

        public Builder connectTimeout(Duration d) {
            connectTimeout = d;
            return this;
        }

        /** Per-read timeout; default 60 s. Sync posts always get at least 45 s (the node waits up to 30 s). */
        public Builder readTimeout(Duration d) {
            readTimeout = d;
            return this;
        }

        public Builder writeTimeout(Duration d) {
            writeTimeout = d;
            return this;
        }

        public Builder retryPolicy(RetryPolicy p) {
            retryPolicy = Objects.requireNonNull(p);
            return this;
        }

        /** How many listing pages {@link #listAll} fetches at once (default 4). */
        public Builder listParallelism(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("parallelism must be >= 1");
            }
            listParallelism = n;
            return this;
        }

        /** The page size {@link #listAll} asks for (default 200). */
        public Builder listPageSize(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("page size must be >= 1");
            }
            listPageSize = n;
            return this;
        }

        public Builder userAgent(String ua) {
            userAgent = Objects.requireNonNull(ua);
            return this;
        }

        public CcnClient build() {
            List<HttpUrl> urls = new ArrayList<>();
            for (String n : nodes.isEmpty() ? MAINNET_NODES : nodes) {
                HttpUrl url = HttpUrl.parse(n.endsWith("/") ? n : n + "/");
                if (url == null) {
                    throw new IllegalArgumentException("not a node URL: " + n);
                }
                urls.add(url);
            }
            Dispatcher dispatcher = new Dispatcher(Executors.newCachedThreadPool(daemon("ccn-http")));
            dispatcher.setMaxRequests(64);
            dispatcher.setMaxRequestsPerHost(32);
            String ua = userAgent;
            OkHttpClient http = new OkHttpClient.Builder()
                    .dispatcher(dispatcher)
                    .connectionPool(new ConnectionPool())
                    .connectTimeout(connectTimeout)
                    .readTimeout(readTimeout)
                    .writeTimeout(writeTimeout)
                    .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("User-Agent", ua).build()))
                    .addNetworkInterceptor(new SameOriginRedirects())
                    .build();
            Shared shared = new Shared();
            shared.http = http;
            shared.transport = new Transport(http, urls, retryPolicy);
            shared.listExecutor = Executors.newCachedThreadPool(daemon("ccn-list"));
            shared.pageSize = listPageSize;
            shared.parallelism = listParallelism;
            CcnClient client = new CcnClient(shared, Cancellation.NONE);
            shared.owner = client;
            shared.uploads = new Uploads(client, shared.transport);
            return client;
        }

        private static ThreadFactory daemon(String prefix) {
            AtomicInteger count = new AtomicInteger();
            return r -> {
                Thread t = new Thread(r, prefix + "-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
        }
    }
}
