package org.alephdeploy.deploy.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.alephdeploy.message.ArchiveMagic;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.platform.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Locale;

/**
 * What each file read so far is ({@link ArchiveMagic} by file hash), on disk as one
 * {@code <hash> <kind>} line per file. Files are content-addressed, so an entry never goes stale
 * and is kept forever, for every network. A damaged line is skipped (and read again).
 */
public final class FileKindCache {
    private static final Logger LOG = LoggerFactory.getLogger(FileKindCache.class);

    private final Path file;
    private Map<String, ArchiveMagic> kinds;

    public FileKindCache(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Every file kind known so far. */
    public synchronized Map<String, ArchiveMagic> known() {
        return Map.copyOf(loaded());
    }

    /** Adds kinds and writes the file (atomically, owner-only). */
    public synchronized void putAll(Map<String, ArchiveMagic> more) throws IOException {
        if (more.isEmpty()) {
            return;
        }
        Map<String, ArchiveMagic> all = new TreeMap<>(loaded());
        all.putAll(more);
        StringBuilder text = new StringBuilder();
        all.forEach((hash, kind) -> text.append(hash).append(' ').append(kind.name().toLowerCase(Locale.ROOT)).append('\n'));
        OwnerOnlyFiles.directory(file.getParent());
        OwnerOnlyFiles.writeAtomically(file, text.toString().getBytes(StandardCharsets.UTF_8));
        kinds = all;
    }

    private Map<String, ArchiveMagic> loaded() {
        if (kinds != null) {
            return kinds;
        }
        kinds = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return kinds;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.strip().split(" ");
                if (parts.length == 2 && (ItemHashes.isSha256Hex(parts[0]) || ItemHashes.isItemHash(parts[0]))) {
                    try {
                        kinds.put(parts[0], ArchiveMagic.valueOf(parts[1].toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException damaged) {
                        LOG.warn("skipping a damaged line of {}", file);
                    }
                }
            }
        } catch (IOException e) {
            LOG.warn("ignoring the file kind cache {}: {}", file, e.getMessage());
        }
        return kinds;
    }
}
