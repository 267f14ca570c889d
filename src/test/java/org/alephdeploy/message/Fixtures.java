package org.alephdeploy.message;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared Aleph message fixtures are. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path dir() {
        String configured = System.getProperty("fixtures.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("../shared/fixtures/aleph-messages");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("fixtures not found at " + dir.toAbsolutePath() + " (set -Dfixtures.dir)");
        }
        return dir;
    }
}
