package org.alephdeploy.settings;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.alephdeploy.message.Json;
import org.alephdeploy.platform.AppDirs;
import org.alephdeploy.platform.OwnerOnlyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class SettingsStoreTest {
    @TempDir
    Path temp;

    @Test
    void missingFileGivesDefaults() {
        Settings settings = new SettingsStore(temp.resolve("config/settings.json")).load();
        assertThat(settings.getNetwork()).isEqualTo(Settings.Network.MAINNET);
        assertThat(settings.getTheme()).isEqualTo(Settings.Theme.LIGHT);
        assertThat(settings.getAutoLockMinutes()).isEqualTo(5);
        assertThat(settings.getWindow()).isNull();
        assertThat(settings.getColumnWidths()).isEmpty();
    }

    @Test
    void roundTripsEveryField() throws IOException {
        SettingsStore store = SettingsStore.of(AppDirs.under(temp));
        Settings settings = new Settings();
        settings.setNetwork(Settings.Network.CUSTOM);
        settings.setCustomNodeUrl("http://127.0.0.1:4024");
        settings.setTheme(Settings.Theme.DARK);
        settings.setLastAccount("0x8F3E3d7e4F34E2B1dD2D6b16fb2EF6EAb0E7E3c1");
        settings.setWindow(new Settings.Window(10, 20.5, 1280, 800, true));
        settings.setColumnWidth("programs", "name", 240);
        settings.setColumnWidth("programs", "hash", 120.5);
        settings.setColumnWidth("volumes", "size", 80);
        settings.setAutoLockMinutes(15);
        store.save(settings);

        Settings loaded = store.load();
        assertThat(loaded.getNetwork()).isEqualTo(Settings.Network.CUSTOM);
        assertThat(loaded.getCustomNodeUrl()).isEqualTo("http://127.0.0.1:4024");
        assertThat(loaded.getTheme()).isEqualTo(Settings.Theme.DARK);
        assertThat(loaded.getLastAccount()).isEqualTo("0x8F3E3d7e4F34E2B1dD2D6b16fb2EF6EAb0E7E3c1");
        assertThat(loaded.getWindow()).isEqualTo(new Settings.Window(10, 20.5, 1280, 800, true));
        assertThat(loaded.getColumnWidths()).containsOnlyKeys("programs", "volumes");
        assertThat(loaded.getColumnWidths().get("programs")).containsEntry("name", 240.0).containsEntry("hash", 120.5);
        assertThat(loaded.getAutoLockMinutes()).isEqualTo(15);

        JsonNode json = new ObjectMapper().readTree(Files.readString(store.file()));
        assertThat(json.get("network").asText()).isEqualTo("custom");
        assertThat(json.get("theme").asText()).isEqualTo("dark");
        if (OwnerOnlyFiles.isPosix()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
        }
    }

    @Test
    void unknownFieldsSurviveARewrite() throws IOException {
        Path file = temp.resolve("settings.json");
        Files.writeString(file, """
                {"theme": "dark", "futureFeature": {"enabled": true, "levels": [1, 2.50]},
                 "network": "interplanetary", "note": "kept"}
                """);
        SettingsStore store = new SettingsStore(file);
        Settings settings = store.load();
        assertThat(settings.getNetwork()).isEqualTo(Settings.Network.MAINNET);
        settings.setAutoLockMinutes(30);
        store.save(settings);

        JsonNode json = Json.parse(Files.readString(file));
        assertThat(json.get("futureFeature").toString()).isEqualTo("{\"enabled\":true,\"levels\":[1,2.50]}");
        assertThat(json.get("note").asText()).isEqualTo("kept");
        assertThat(json.get("theme").asText()).isEqualTo("dark");
        assertThat(json.get("autoLockMinutes").asInt()).isEqualTo(30);
    }

    @Test
    void corruptFileIsMovedAsideWithAWarning() throws IOException {
        Path file = temp.resolve("settings.json");
        Files.writeString(file, "{\"theme\": \"dark\", ");
        Clock clock = Clock.fixed(Instant.parse("2026-03-04T05:06:07.089Z"), ZoneOffset.UTC);
        SettingsStore store = new SettingsStore(file, Duration.ofSeconds(1), OwnerOnlyFiles::writeAtomically, clock);

        List<ILoggingEvent> events = captureLogs(() -> {
            Settings settings = store.load();
            assertThat(settings.getTheme()).isEqualTo(Settings.Theme.LIGHT);
        });

        Path aside = temp.resolve("settings.json.corrupt-20260304-050607-089");
        assertThat(file).doesNotExist();
        assertThat(aside).hasContent("{\"theme\": \"dark\", ");
        assertThat(events).anySatisfy(event -> assertThat(event.getFormattedMessage())
                .contains("is damaged").contains(aside.toString()).contains("default settings are used"));
    }

    @Test
    void jsonThatIsNotSettingsCountsAsCorrupt() throws IOException {
        for (String text : List.of("[1, 2]", "", "{\"autoLockMinutes\": \"soon\"}")) {
            Path file = Files.writeString(temp.resolve("settings.json"), text);
            assertThat(new SettingsStore(file).load().getAutoLockMinutes()).isEqualTo(5);
            assertThat(file).doesNotExist();
        }
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("settings.json.corrupt-"))).hasSize(3);
        }
    }

    @Test
    void saveLaterCoalescesABurstIntoOneWriteOfTheLastValue() throws Exception {
        Path file = temp.resolve("config/settings.json");
        AtomicInteger writes = new AtomicInteger();
        CountDownLatch firstWrite = new CountDownLatch(1);
        SettingsStore store = new SettingsStore(file, SettingsStore.DEBOUNCE, (target, bytes) -> {
            writes.incrementAndGet();
            Files.createDirectories(target.getParent());
            OwnerOnlyFiles.writeAtomically(target, bytes);
            firstWrite.countDown();
        }, Clock.systemUTC());

        Settings settings = new Settings();
        for (int width = 1; width <= 100; width++) {
            settings.setWindow(new Settings.Window(0, 0, width, 600, false));
            store.saveLater(settings);
        }
        assertThat(writes).hasValue(0);
        assertThat(firstWrite.await(10, TimeUnit.SECONDS)).isTrue();
        store.flush();
        store.close();

        assertThat(writes).hasValue(1);
        assertThat(store.load().getWindow().getWidth()).isEqualTo(100);
    }

    @Test
    void flushAndCloseWriteWhatIsPending() throws IOException {
        Path file = temp.resolve("settings.json");
        AtomicInteger writes = new AtomicInteger();
        SettingsStore store = new SettingsStore(file, Duration.ofHours(1), (target, bytes) -> {
            writes.incrementAndGet();
            OwnerOnlyFiles.writeAtomically(target, bytes);
        }, Clock.systemUTC());
        Settings settings = new Settings();
        settings.setTheme(Settings.Theme.DARK);
        store.saveLater(settings);
        store.flush();
        assertThat(writes).hasValue(1);
        assertThat(store.load().getTheme()).isEqualTo(Settings.Theme.DARK);

        settings.setAutoLockMinutes(9);
        store.saveLater(settings);
        store.close();
        assertThat(writes).hasValue(2);
        assertThat(store.load().getAutoLockMinutes()).isEqualTo(9);

        settings.setAutoLockMinutes(11);
        store.saveLater(settings);
        assertThat(writes).hasValue(3);
        assertThat(store.load().getAutoLockMinutes()).isEqualTo(11);
    }

    @Test
    void atomicWritesLeaveNoTemporaryFiles() throws IOException {
        SettingsStore store = SettingsStore.of(AppDirs.under(temp));
        Settings settings = new Settings();
        for (int i = 0; i < 20; i++) {
            settings.setAutoLockMinutes(i);
            store.save(settings);
        }
        store.saveLater(settings);
        store.close();
        try (Stream<Path> files = Files.list(store.file().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.json");
        }
    }

    private static List<ILoggingEvent> captureLogs(Runnable action) {
        Logger logger = (Logger) LoggerFactory.getLogger(SettingsStore.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            action.run();
        } finally {
            logger.detachAppender(appender);
        }
        return appender.list;
    }
}
