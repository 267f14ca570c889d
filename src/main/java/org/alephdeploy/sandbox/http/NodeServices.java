package org.alephdeploy.sandbox.http;

import java.time.Duration;
import org.alephdeploy.sandbox.rules.MessagePipeline;
import org.alephdeploy.sandbox.store.Database;
import org.alephdeploy.sandbox.store.FileStore;

/** What the HTTP layer needs from the node. */
public record NodeServices(Database db, FileStore files, MessagePipeline pipeline, Duration syncWait, String version) {
}
