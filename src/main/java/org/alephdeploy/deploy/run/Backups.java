package org.alephdeploy.deploy.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.Message;
import org.alephdeploy.platform.OwnerOnlyFiles;

/**
 * Backups of messages about to be forgotten: the exact envelope JSON the node served, so a
 * program can be re-created from it after its hash is gone for good.
 */
public final class Backups {
    private final Path dir;

    public Backups(Path dir) {
        this.dir = dir;
    }

    /** Writes the backup (idempotent) and returns its path. */
    public Path save(Message message, String exactJson) throws IOException {
        OwnerOnlyFiles.directory(dir);
        Path file = path(message.itemHash());
        if (!Files.exists(file)) {
            OwnerOnlyFiles.writeAtomically(file, exactJson.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    public Optional<Message> load(String itemHash) throws IOException {
        Path file = path(itemHash);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(Message.parse(Files.readString(file, StandardCharsets.UTF_8)));
    }

    public Path path(String itemHash) {
        if (!ItemHashes.isItemHash(itemHash)) {
            throw new IllegalArgumentException("not an item hash: " + itemHash);
        }
        return dir.resolve(itemHash + ".json");
    }
}
