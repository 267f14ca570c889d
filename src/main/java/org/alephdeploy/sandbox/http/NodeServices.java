package org.alephdeploy.sandbox.http;

import java.time.Duration;
import org.alephdeploy.sandbox.rules.MessagePipeline;
import org.alephdeploy.sandbox.store.Database;
import org.alephdeploy.sandbox.store.FileStore;

/** What the HTTP layer needs from the node; {@code maxFileSize} caps authenticated storage uploads. */
public record NodeServices(Database db, FileStore files, MessagePipeline pipeline, Duration syncWait, String version,
        long maxFileSize) {
    /** With the reference node's 100 MiB upload limit. */
    public NodeServices(Database db, FileStore files, MessagePipeline pipeline, Duration syncWait, String version) {
        this(db, files, pipeline, syncWait, version, StorageApi.MAX_FILE);
    }
}
