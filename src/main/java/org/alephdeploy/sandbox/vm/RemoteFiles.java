package org.alephdeploy.sandbox.vm;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import org.alephdeploy.message.CidV0;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.sandbox.store.Database;
import org.alephdeploy.sandbox.store.FileStore;
import org.alephdeploy.sandbox.store.ImportedHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches a file that imported history marked remote (docs/sandbox.md) from its source when the
 * compute node needs it, outside any store transaction; the bytes are kept only when they hash to
 * the file's hash. A failed fetch leaves the file remote (the boot check then reports it missing).
 */
final class RemoteFiles {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteFiles.class);

    private final Database db;
    private final FileStore files;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    RemoteFiles(Database db, FileStore files) {
        this.db = db;
        this.files = files;
    }

    void fetch(ImportedHistory.Remote r) {
        try {
            HttpResponse<InputStream> answer = http.send(HttpRequest.newBuilder(URI.create(r.source()))
                    .timeout(Duration.ofMinutes(30)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            FileStore.Spooled s;
            try (InputStream in = answer.body()) {
                if (answer.statusCode() != 200) {
                    LOG.warn("remote file {} not fetched: {} answered {}", r.hash(), r.source(), answer.statusCode());
                    return;
                }
                s = files.spool(in, Math.max(r.size(), 0) + 1);
            }
            String actual = s.sha256();
            if (ItemHashes.isCid(r.hash())) {
                try (InputStream in = Files.newInputStream(s.path())) {
                    actual = CidV0.of(in);
                }
            }
            if (!actual.equals(r.hash())) {
                files.discard(s);
                LOG.warn("remote file {} not kept: the bytes from {} hash to {}", r.hash(), r.source(), actual);
                return;
            }
            FileStore.Stored stored = files.keep(s);
            double now = System.currentTimeMillis() / 1000.0;
            db.tx(c -> {
                ImportedHistory.fileArrived(c, r.hash(), stored.sha256(), stored.size(), now);
                return null;
            });
            LOG.info("remote file {} fetched from {} ({} bytes)", r.hash(), r.source(), stored.size());
        } catch (IOException e) {
            LOG.warn("remote file {} not fetched from {}: {}", r.hash(), r.source(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
