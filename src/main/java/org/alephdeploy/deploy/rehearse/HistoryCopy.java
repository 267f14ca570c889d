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
 * them from the source when its compute node needs them). Messages go in time order, FORGETs last.
 * Incremental: {@link CopyState} remembers what was copied; the next copy lists only what is newer
 * (with a margin, since senders set times) and sends only what the copy lacks.
 */
public final class HistoryCopy {
    /** How far before the newest time seen the next copy looks again. */
    private static final BigDecimal MARGIN_SECONDS = BigDecimal.valueOf(3600);
    private static final int BATCH = 500;
    private static final int CHUNK = 50;

    private final CcnClient source;
    private final String sourceUrl;
    private final SandboxImport target;
    private final Path stateDir;
    private final Path tmpDir;

    /**
     * @param source    the source node's client
     * @param sourceUrl the source node's base URL (remote files are fetched from it)
     * @param target    the sandbox's import endpoints
     * @param stateDir  where what was copied is remembered (one file per source and address)
     */
    public HistoryCopy(CcnClient source, String sourceUrl, SandboxImport target, Path stateDir) {
        this.source = source;
        this.sourceUrl = sourceUrl.replaceAll("/+$", "");
        this.target = target;
        this.stateDir = stateDir;
        this.tmpDir = stateDir.resolve("tmp");
    }

    /** Copies what {@code address} has on the source and the copy lacks; {@code progress} gets one line per stage. */
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
        long[] bytes = {0, 0};
        int[] fileCounts = files(ordered, maxFileSize, state, bytes);
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
        state.save(sourceUrl, address);
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new CopySummary(sourceUrl, address, incremental, ordered.size() + skeletons.size(), processed, forgotten,
                refused, fileCounts[0], fileCounts[1], bytes[0], millis, bytes[1]);
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
        for (List<String> chunk : chunks(owners)) {
            source.listAll(MessageFilter.builder().owners(chunk.toArray(String[]::new)).msgTypes(MessageType.AGGREGATE).build())
                    .stream().filter(HistoryCopy::isSecurity).forEach(m -> found.putIfAbsent(m.itemHash(), m));
        }
        found.values().stream().filter(m -> !state.messages.contains(m.itemHash()))
                .forEach(m -> wanted.putIfAbsent(m.itemHash(), m));
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

    /** Imports or marks remote the files the messages need; returns {imported, remote} and adds {bytes copied, bytes left remote}. */
    private int[] files(List<Message> messages, long maxFileSize, CopyState state, long[] bytes) {
        int imported = 0;
        int remote = 0;
        ArrayNode remotes = Json.array();
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
        for (String hash : hashes) {
            if (state.files.contains(hash)) {
                continue;
            }
            Optional<FileMetadata> meta = source.fileMetadata(hash);
            if (meta.isEmpty()) {
                continue;
            }
            long size = meta.get().size() == null ? 0 : meta.get().size();
            if (size > maxFileSize && !contents.contains(hash)) {
                remotes.addObject().put("hash", hash).put("size", size).put("source", sourceUrl + "/api/v0/storage/raw/" + hash);
                remote++;
                bytes[1] += size;
            } else {
                bytes[0] += download(hash);
                imported++;
            }
            state.files.add(hash);
        }
        if (!remotes.isEmpty()) {
            target.remote(Json.object().set("files", remotes));
        }
        return new int[] {imported, remote};
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
