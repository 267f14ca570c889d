package org.alephdeploy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every message key the window uses exists in {@code i18n/messages.properties}: {@code %key} in
 * FXML, and every key-shaped string literal in the window's Java sources (so keys chosen by a
 * ternary or declared through {@code I18n.key} count too). Unused keys are reported, not failed.
 */
class I18nKeysTest {
    private static final Logger LOG = LoggerFactory.getLogger(I18nKeysTest.class);
    private static final Path MAIN = Path.of("src/main");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "\"((?:fx|control|model|shell|programs|volumes|activity|details|wallet|demo|wizard)\\.[a-z][A-Za-z0-9]*\\.[A-Za-z0-9.]+)\"");

    @Test
    void everyUsedKeyExists() throws IOException {
        Set<String> defined = definedKeys();
        TreeMap<String, String> used = new TreeMap<>();
        scan(MAIN.resolve("resources"), ".fxml", FXML_KEY, used);
        scan(MAIN.resolve("java/org/alephdeploy/ui"), ".java", JAVA_KEY, used);
        scan(MAIN.resolve("java/org/alephdeploy/app"), ".java", JAVA_KEY, used);

        assertThat(used).as("keys found in sources").hasSizeGreaterThan(100);
        TreeMap<String, String> missing = new TreeMap<>(used);
        missing.keySet().removeAll(defined);
        assertThat(missing).as("keys used but missing from messages.properties (key = first file)").isEmpty();

        Set<String> unused = new TreeSet<>(defined);
        unused.removeAll(used.keySet());
        if (!unused.isEmpty()) {
            LOG.warn("{} message keys are defined but not used: {}", unused.size(), unused);
        }
    }

    @Test
    void keysFollowFeatureScreenElement() throws IOException {
        assertThat(definedKeys()).allSatisfy(key -> assertThat(key).matches("[a-z]+\\.[a-z][A-Za-z0-9]*\\.[a-z][A-Za-z0-9]*"));
    }

    private static Set<String> definedKeys() throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(MAIN.resolve("resources/i18n/messages.properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static void scan(Path root, String suffix, Pattern pattern, TreeMap<String, String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    into.putIfAbsent(m.group(1), root.relativize(file).toString());
                }
            }
        }
    }
}
