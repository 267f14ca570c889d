package org.alephdeploy.deploy.rehearse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.alephdeploy.ccn.Balance;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.ccn.FileMetadata;
import org.alephdeploy.ccn.ForgottenEntry;
import org.alephdeploy.ccn.MessageFilter;
import org.alephdeploy.message.MessageStatus;
import org.alephdeploy.ccn.SandboxImport;
import org.alephdeploy.message.ItemType;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageFormatException;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.ProgramContent;
import org.alephdeploy.message.Reference;
import org.alephdeploy.message.StoreContent;

/**
 * Copies an address's state from a source node into a sandbox through the sandbox's import of
 * signed history: the address's PROGRAM, STORE, FORGET and security AGGREGATE messages with their
 * original signatures and times, the STOREs of other owners its programs reference (with their
 * revisions and their owners' security aggregates), the skeletons of its forgotten messages, its
 * balance, and the files (those above {@code maxFileSize} are marked remote: the sandbox fetches
 * them from the source when its compute node needs them). Messages go in time order, FORGETs last;
 * files {@value #FILES_IN_FLIGHT} at a time by default. Incremental: {@link CopyState} remembers
 * what was copied; the next copy lists only what is newer (with a margin, since senders set times)
 * and sends only what the copy lacks, then brings the status changes that came without a message
 * ({@code removing} and back).
 */
public final class HistoryCopy {
    /** How far before the newest time seen the next copy looks again. */
    private static final BigDecimal MARGIN_SECONDS = BigDecimal.valueOf(3600);
    private static final int BATCH = 500;
    private static final int CHUNK = 50;
    /** Files transferred at once: enough to hide each request's wait, few enough not to crowd the source. */
    private static final int FILES_IN_FLIGHT = 6;

    private final CcnClient source;
    private final String sourceUrl;
    private final SandboxImport target;
    private final Path stateDir;
    private final Path tmpDir;
    private final int filesInFlight;

    /**
     * @param source    the source node's client
     * @param sourceUrl the source node's base URL (remote files are fetched from it)
     * @param target    the sandbox's import endpoints
     * @param stateDir  where what was copied is remembered (one file per source and address)
     */
    public HistoryCopy(CcnClient source, String sourceUrl, SandboxImport target, Path stateDir) {
        this(source, sourceUrl, target, stateDir, FILES_IN_FLIGHT);
    }

    /** As {@link #HistoryCopy(CcnClient, String, SandboxImport, Path)}, with {@code filesInFlight} files transferred at once. */
    public HistoryCopy(CcnClient source, String sourceUrl, SandboxImport target, Path stateDir, int filesInFlight) {
        if (filesInFlight < 1) {
            throw new IllegalArgumentException("at least one file must be in flight");
        }
        this.filesInFlight = filesInFlight;
        this.source = source;
        this.sourceUrl = sourceUrl.replaceAll("/+$", "");
        this.target = target;
        this.stateDir = stateDir;
        this.tmpDir = stateDir.resolve("tmp");
    }

    /** Copies what {@code address} has on the source and the copy lacks; {@code progress} gets a line per stage and per tenth of the files. */
    public CopySummary copy(String address, long maxFileSize, Consumer<String> progress) {
        long started = System.nanoTime();
        CopyState state = CopyState.load(stateDir, sourceUrl, address);
        boolean incremental = !state.isEmpty();
        MessageFilter.Builder own = MessageFilter.builder().owners(address)
                .msgTypes(MessageType.PROGRAM, MessageType.STORE, MessageType.FORGET, MessageType.AGGREGATE);
        if (incremental) {
            own.startDate(state.newest.subtract(MARGIN_SECONDS).max(BigDecimal.ZERO));
        }
        progress.accept("Listing the messages of " + address + " on " + sourceUrl + "…");
        Map<String, Message> wanted = new LinkedHashMap<>();
        for (Message m : source.listAll(own.build())) {
            if (!state.messages.contains(m.itemHash()) && (m.type() != MessageType.AGGREGATE || isSecurity(m))) {
                wanted.put(m.itemHash(), m);
            }
        }
        foreignStores(wanted, state);
        List<ObjectNode> skeletons = forgotten(address, state, wanted.keySet());
        List<Message> ordered = new ArrayList<>(wanted.values());
        ordered.sort(Comparator.comparing((Message m) -> m.type() == MessageType.FORGET)
                .thenComparing(Message::time).thenComparing(Message::itemHash));
        progress.accept("Copying the files of " + ordered.size() + " messages…");
        long[] bytes = {0};
        int[] fileCounts = files(ordered, maxFileSize, state, bytes, progress);
        Balance balance = source.balance(address);
        ArrayNode accounts = Json.array();
        accounts.addObject().put("address", address).put("balance", balance.balance().toPlainString())
                .put("credits", balance.creditBalance() == null ? 0 : balance.creditBalance().longValue());
        progress.accept("Importing " + ordered.size() + " messages into the copy…");
        int processed = 0;
        int forgotten = 0;
        List<CopySummary.Refused> refused = new ArrayList<>();
        List<Message> plain = ordered.stream().filter(m -> m.type() != MessageType.FORGET).toList();
        List<Message> forgets = ordered.stream().filter(m -> m.type() == MessageType.FORGET).toList();
        List<List<Message>> batches = new ArrayList<>();
        for (int i = 0; i < plain.size(); i += BATCH) {
            batches.add(plain.subList(i, Math.min(plain.size(), i + BATCH)));
        }
        batches.add(forgets);
        for (int b = 0; b < batches.size(); b++) {
            boolean first = b == 0;
            boolean last = b == batches.size() - 1;
            ObjectNode batch = Json.object();
            batch.set("accounts", first ? accounts : Json.array());
            ArrayNode fs = batch.putArray("forgotten");
            if (last) {
                skeletons.forEach(fs::add);
            }
            ArrayNode ms = batch.putArray("messages");
            batches.get(b).forEach(m -> ms.add(m.toWire()));
            if (ms.isEmpty() && fs.isEmpty() && !first) {
                continue;
            }
            String body = Json.compact(batch);
            bytes[0] += body.getBytes(StandardCharsets.UTF_8).length;
            JsonNode answer = target.history(batch);
            processed += answer.path("processed").asInt() + answer.path("already").asInt();
            forgotten += answer.path("forgotten").asInt();
            Set<String> refusedHere = new LinkedHashSet<>();
            for (JsonNode r : answer.path("rejected")) {
                refusedHere.add(r.path("item_hash").asText());
                refused.add(new CopySummary.Refused(r.path("item_hash").asText(), r.path("error_code").asInt(),
                        r.path("details").isNull() ? null : r.path("details").toString()));
            }
            for (Message m : batches.get(b)) {
                if (!refusedHere.contains(m.itemHash())) {
                    state.messages.add(m.itemHash());
                }
            }
            if (last) {
                skeletons.forEach(s -> {
                    if (!refusedHere.contains(s.path("item_hash").asText())) {
                        state.messages.add(s.path("item_hash").asText());
                    }
                });
            }
        }
        for (Message m : ordered) {
            if (address.equalsIgnoreCase(m.owner()) && (state.newest == null || m.time().compareTo(state.newest) > 0)) {
                state.newest = m.time();
            }
        }
        if (state.newest == null) {
            state.newest = BigDecimal.ZERO;
        }
        progress.accept("Checking which copied messages the source now shows as removing…");
        int statusesUpdated = statuses(address, state);
        state.save(sourceUrl, address);
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new CopySummary(sourceUrl, address, incremental, ordered.size() + skeletons.size(), processed, forgotten,
                refused, fileCounts[0], fileCounts[1], statusesUpdated, bytes[0], millis);
    }

    private static boolean isSecurity(Message m) {
        try {
            return "security".equals(m.content().path("key").asText());
        } catch (MessageFormatException e) {
            return false;
        }
    }

    /** Adds the STOREs other owners hold that the programs reference, their roots' revisions and their owners' security aggregates. */
    private void foreignStores(Map<String, Message> wanted, CopyState state) {
        Set<String> refs = new LinkedHashSet<>();
        for (Message m : wanted.values()) {
            if (m.type() != MessageType.PROGRAM) {
                continue;
            }
            try {
                for (Reference r : new ProgramContent(m.content()).references()) {
                    if (r.ref() != null && !wanted.containsKey(r.ref()) && !state.messages.contains(r.ref())) {
                        refs.add(r.ref());
                    }
                }
            } catch (MessageFormatException e) {
                // an unreadable program references nothing the copy can find; the sandbox judges it
            }
        }
        Map<String, Message> found = new LinkedHashMap<>();
        for (List<String> chunk : chunks(refs)) {
            source.listAll(MessageFilter.builder().hashes(chunk.toArray(String[]::new)).build())
                    .forEach(m -> found.put(m.itemHash(), m));
        }
        for (Message m : found.values()) {
            if (m.type() != MessageType.STORE) {
                continue;
            }
            try {
                StoreContent c = new StoreContent(m.content());
                state.foreignRoots.add(c.isRevision() ? c.ref() : m.itemHash());
            } catch (MessageFormatException e) {
                // not a readable STORE: no revisions to look for
            }
        }
        for (List<String> chunk : chunks(state.foreignRoots)) {
            source.listAll(MessageFilter.builder().msgTypes(MessageType.STORE).refs(chunk.toArray(String[]::new)).build())
                    .forEach(m -> found.putIfAbsent(m.itemHash(), m));
            source.listAll(MessageFilter.builder().hashes(chunk.toArray(String[]::new)).build())
                    .forEach(m -> found.putIfAbsent(m.itemHash(), m));
        }
        Set<String> owners = new LinkedHashSet<>();
        found.values().forEach(m -> owners.add(m.owner()));
        state.foreignOwners.addAll(owners);
        for (List<String> chunk : chunks(owners)) {
            source.listAll(MessageFilter.builder().owners(chunk.toArray(String[]::new)).msgTypes(MessageType.AGGREGATE).build())
                    .stream().filter(HistoryCopy::isSecurity).forEach(m -> found.putIfAbsent(m.itemHash(), m));
        }
        found.values().stream().filter(m -> !state.messages.contains(m.itemHash()))
                .forEach(m -> wanted.putIfAbsent(m.itemHash(), m));
    }

    /**
     * Brings the status changes that come without a message ({@code processed} ↔ {@code removing}, set
     * by the source's balance rules): one listing of the {@code removing} messages per 50 owners (the
     * address and the other owners copied), kept to the copied hashes; those, and the ones the last
     * copy saw removing that no longer are, go to the copy's status import. Returns how many changed.
     */
    private int statuses(String address, CopyState state) {
        Set<String> owners = new LinkedHashSet<>();
        owners.add(address);
        owners.addAll(state.foreignOwners);
        Set<String> removing = new LinkedHashSet<>();
        for (List<String> chunk : chunks(owners)) {
            source.listAll(MessageFilter.builder().owners(chunk.toArray(String[]::new)).msgStatuses(MessageStatus.REMOVING)
                    .build()).stream().map(Message::itemHash).filter(state.messages::contains).forEach(removing::add);
        }
        ArrayNode changes = Json.array();
        removing.forEach(h -> changes.addObject().put("item_hash", h).put("status", "removing"));
        state.removing.stream().filter(h -> !removing.contains(h))
                .forEach(h -> changes.addObject().put("item_hash", h).put("status", "processed"));
        state.removing.clear();
        state.removing.addAll(removing);
        if (changes.isEmpty()) {
            return 0;
        }
        return target.statuses(Json.object().set("statuses", changes)).path("updated").asInt();
    }

    /** The skeletons of the address's forgotten PROGRAMs and STOREs the copy does not hold yet. */
    private List<ObjectNode> forgotten(String address, CopyState state, Set<String> wanted) {
        List<ObjectNode> out = new ArrayList<>();
        for (ForgottenEntry f : source.listAllForgotten(MessageFilter.builder().owners(address)
                .msgTypes(MessageType.PROGRAM, MessageType.STORE).msgStatuses(MessageStatus.FORGOTTEN).build())) {
            if (!state.messages.contains(f.itemHash()) && !wanted.contains(f.itemHash())) {
                ObjectNode s = f.raw().deepCopy();
                ArrayNode by = s.putArray("forgotten_by");
                f.forgottenBy().forEach(by::add);
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Imports or marks remote the files the messages need, {@code filesInFlight} at a time (each:
     * its metadata, then its download and import, or its remote mark); returns {imported, remote}.
     * The first failure (or a cancel) stops the others and is thrown.
     */
    private int[] files(List<Message> messages, long maxFileSize, CopyState state, long[] bytes, Consumer<String> progress) {
        Set<String> hashes = new LinkedHashSet<>();
        for (Message m : messages) {
            if (m.itemType() != ItemType.INLINE) {
                hashes.add(m.itemHash());
            }
            if (m.type() == MessageType.STORE) {
                try {
                    String h = new StoreContent(m.content()).fileHash();
                    if (h != null) {
                        hashes.add(h);
                    }
                } catch (MessageFormatException e) {
                    // the sandbox refuses the STORE; nothing to fetch
                }
            }
        }
        Set<String> contents = new LinkedHashSet<>();
        messages.stream().filter(m -> m.itemType() != ItemType.INLINE).forEach(m -> contents.add(m.itemHash()));
        List<String> todo = hashes.stream().filter(h -> !state.files.contains(h)).toList();
        if (todo.isEmpty()) {
            return new int[] {0, 0};
        }
        ConcurrentLinkedQueue<ObjectNode> remotes = new ConcurrentLinkedQueue<>();
        AtomicInteger imported = new AtomicInteger();
        AtomicLong fileBytes = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(filesInFlight, todo.size()), r -> {
            Thread t = new Thread(r, "rehearse-copy-files");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Boolean>> transfers = new ArrayList<>();
            for (String hash : todo) {
                transfers.add(pool.submit(() -> {
                    Optional<FileMetadata> meta = source.fileMetadata(hash);
                    if (meta.isEmpty()) {
                        return false;
                    }
                    long size = meta.get().size() == null ? 0 : meta.get().size();
                    if (size > maxFileSize && !contents.contains(hash)) {
                        remotes.add(Json.object().put("hash", hash).put("size", size)
                                .put("source", sourceUrl + "/api/v0/storage/raw/" + hash));
                    } else {
                        fileBytes.addAndGet(download(hash));
                        imported.incrementAndGet();
                    }
                    return true;
                }));
            }
            int every = Math.max(100, todo.size() / 10);
            for (int i = 0; i < todo.size(); i++) {
                if (transfers.get(i).get()) {
                    state.files.add(todo.get(i));
                }
                if ((i + 1) % every == 0 && i + 1 < todo.size()) {
                    progress.accept("Copied " + (i + 1) + " of " + todo.size() + " files…");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while copying files");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        if (!remotes.isEmpty()) {
            ArrayNode list = Json.array();
            remotes.forEach(list::add);
            target.remote(Json.object().set("files", list));
        }
        bytes[0] += fileBytes.get();
        return new int[] {imported.get(), remotes.size()};
    }

    private long download(String hash) {
        try {
            Files.createDirectories(tmpDir);
            Path tmp = tmpDir.resolve(hash + ".part");
            try {
                source.download(hash, tmp, null);
                long size = Files.size(tmp);
                target.file(hash, tmp);
                return size;
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the downloaded file " + hash + " under " + tmpDir + ": "
                    + e.getMessage() + ". Check that the data directory is writable and has room.", e);
        }
    }

    private static List<List<String>> chunks(Set<String> all) {
        List<List<String>> out = new ArrayList<>();
        List<String> list = new ArrayList<>(all);
        for (int i = 0; i < list.size(); i += CHUNK) {
            out.add(list.subList(i, Math.min(list.size(), i + CHUNK)));
        }
        return out;
    }
}
