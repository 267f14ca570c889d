package org.alephdeploy.deploy.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.MessageFormatException;
import org.alephdeploy.platform.OwnerOnlyFiles;
import java.util.Comparator;

/**
 * The on-disk journal of operations: one append-only JSON-lines file per operation, each record
 * forced to disk before {@link #append} returns, so that a crash loses at most the record being
 * written. A torn last line (no newline) is ignored on read. Blocking; safe for one writer per
 * operation.
 */
public final class Journal {
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final String SUFFIX = ".jsonl";

    private final Path dir;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Journal(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    public Journal(Path dir) {
        this(dir, Clock.systemUTC());
    }

    public Path directory() {
        return dir;
    }

    /** Starts a new operation file and returns its id (time-ordered, unique). */
    public String open(ObjectNode firstRecord) throws IOException {
        OwnerOnlyFiles.directory(dir);
        byte[] suffix = new byte[3];
        random.nextBytes(suffix);
        String id = ID_TIME.format(clock.instant()) + "-" + HexFormat.of().formatHex(suffix);
        Path file = file(id);
        if (OwnerOnlyFiles.isPosix()) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        append(id, firstRecord);
        OwnerOnlyFiles.syncDirectory(dir);
        return id;
    }

    /** Appends one record (a {@code seq} and an {@code at} time are added) and forces it to disk. */
    public synchronized void append(String operationId, ObjectNode record) throws IOException {
        Path file = file(operationId);
        if (!Files.exists(file)) {
            throw new IOException("no journal file for operation " + operationId);
        }
        ObjectNode line = Json.object();
        line.put("seq", read(operationId).size());
        line.put("at", clock.instant().toString());
        line.setAll(record);
        byte[] bytes = (Json.compact(line) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            dropTornTail(ch);
            ch.position(ch.size());
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    /**
     * A record whose write was cut by a crash was never acknowledged to anyone: cut it off so the
     * next record starts on a line of its own.
     */
    private static void dropTornTail(FileChannel ch) throws IOException {
        long size = ch.size();
        if (size == 0) {
            return;
        }
        ByteBuffer one = ByteBuffer.allocate(1);
        ch.read(one, size - 1);
        if (one.get(0) == '\n') {
            return;
        }
        long pos = size - 1;
        while (pos > 0) {
            one.clear();
            ch.read(one, pos - 1);
            if (one.get(0) == '\n') {
                break;
            }
            pos--;
        }
        ch.truncate(pos);
        ch.force(true);
    }

    /** Every complete record of an operation, in order. */
    public List<ObjectNode> read(String operationId) throws IOException {
        Path file = file(operationId);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<ObjectNode> out = new ArrayList<>();
        int start = 0;
        int nl;
        while ((nl = text.indexOf('\n', start)) >= 0) {
            String line = text.substring(start, nl);
            start = nl + 1;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = Json.parse(line);
                if (node.isObject()) {
                    out.add((ObjectNode) node);
                }
            } catch (MessageFormatException e) {
                throw new IOException("journal " + file.getFileName() + " has a damaged record at line " + (out.size() + 1), e);
            }
        }
        return out;
    }

    /** Operation ids, newest first. */
    public List<String> operations() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(SUFFIX))
                    .map(n -> n.substring(0, n.length() - SUFFIX.length()))
                    .sorted(Comparator.reverseOrder())
                    .toList();
        }
    }

    public boolean exists(String operationId) {
        return operationId.matches("[0-9A-Za-z-]+") && Files.exists(file(operationId));
    }

    private Path file(String operationId) {
        if (!operationId.matches("[0-9A-Za-z-]+")) {
            throw new IllegalArgumentException("not an operation id: " + operationId);
        }
        return dir.resolve(operationId + SUFFIX);
    }
}
