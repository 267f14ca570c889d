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
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.Set;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.MessageFormatException;

/**
 * What was already copied from one source node for one address (one JSON file per pair under the
 * rehearse directory): the hashes of the messages and files the copy holds and the newest message
 * time seen, so that the next copy asks only for what is newer and sends only what is new; the
 * other owners whose messages were copied and the copied messages the source last showed as
 * {@code removing}, so that the next copy can bring status changes that came without a message.
 */
final class CopyState {
    private final Path file;
    final Set<String> messages = new LinkedHashSet<>();
    final Set<String> files = new LinkedHashSet<>();
    final Set<String> foreignRoots = new LinkedHashSet<>();
    final Set<String> foreignOwners = new LinkedHashSet<>();
    final Set<String> removing = new LinkedHashSet<>();
    BigDecimal newest;

    private CopyState(Path file) {
        this.file = file;
    }

    static CopyState load(Path dir, String source, String address) {
        String key = ItemHashes.sha256Hex((source + "\n" + address.toLowerCase()).getBytes(StandardCharsets.UTF_8));
        CopyState s = new CopyState(dir.resolve(key.substring(0, 32) + ".json"));
        if (!Files.isRegularFile(s.file)) {
            return s;
        }
        try {
            JsonNode o = Json.parse(Files.readString(s.file));
            o.path("messages").forEach(h -> s.messages.add(h.asText()));
            o.path("files").forEach(h -> s.files.add(h.asText()));
            o.path("foreign_roots").forEach(h -> s.foreignRoots.add(h.asText()));
            o.path("foreign_owners").forEach(h -> s.foreignOwners.add(h.asText()));
            o.path("removing").forEach(h -> s.removing.add(h.asText()));
            s.newest = o.hasNonNull("newest_time") ? o.get("newest_time").decimalValue() : null;
        } catch (IOException | MessageFormatException e) {
            // an unreadable state only costs a full copy: the sandbox skips what it already holds
            s.messages.clear();
            s.files.clear();
            s.removing.clear();
            s.newest = null;
        }
        return s;
    }

    boolean isEmpty() {
        return newest == null;
    }

    void save(String source, String address) {
        ObjectNode o = Json.object();
        o.put("source", source);
        o.put("address", address);
        if (newest != null) {
            o.put("newest_time", newest);
        }
        ArrayNode m = o.putArray("messages");
        messages.forEach(m::add);
        ArrayNode f = o.putArray("files");
        files.forEach(f::add);
        ArrayNode r = o.putArray("foreign_roots");
        foreignRoots.forEach(r::add);
        ArrayNode fo = o.putArray("foreign_owners");
        foreignOwners.forEach(fo::add);
        ArrayNode rm = o.putArray("removing");
        removing.forEach(rm::add);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, Json.compact(o));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save what was copied in " + file + ": " + e.getMessage()
                    + ". Check that the data directory is writable.", e);
        }
    }
}
