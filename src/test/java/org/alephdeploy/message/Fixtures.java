package org.alephdeploy.message;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the real Aleph message fixtures are: {@code src/test/resources/aleph-messages}, read from
 * the test classpath (provenance in its {@code SOURCES.md}).
 */
public final class Fixtures {
    private static final String RESOURCE = "/aleph-messages";

    private Fixtures() {
    }

    public static Path dir() {
        URL url = Fixtures.class.getResource(RESOURCE);
        if (url == null || !"file".equals(url.getProtocol())) {
            throw new IllegalStateException("fixtures not on the test classpath as a directory: " + RESOURCE
                    + " (expected under src/test/resources)");
        }
        try {
            Path dir = Path.of(url.toURI());
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException("fixtures are not a directory: " + dir);
            }
            return dir;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("fixtures URL is not a path: " + url, e);
        }
    }
}
