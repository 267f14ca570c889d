package org.alephdeploy.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.alephdeploy.platform.AppDirs;
import org.alephdeploy.platform.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes settings.json. Writes are atomic; {@link #saveLater} coalesces the bursts a UI
 * makes (dragging a window, resizing a column) into one write a second after the last change.
 */
public final class SettingsStore implements AutoCloseable {
    /** Writes the file; replaced in tests to count writes. */
    interface FileWriter {
        void write(Path file, byte[] bytes) throws IOException;
    }

    static final Duration DEBOUNCE = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private static final DateTimeFormatter CORRUPT_SUFFIX =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path file;
    private final Duration debounce;
    private final FileWriter writer;
    private final Clock clock;
    private final Object pendingLock = new Object();
    private final Object writeLock = new Object();
    private byte[] pending;
    private ScheduledFuture<?> timer;
    private ScheduledExecutorService scheduler;
    private boolean closed;

    public SettingsStore(Path file) {
        this(file, DEBOUNCE, SettingsStore::writeOwnerOnly, Clock.systemUTC());
    }

    SettingsStore(Path file, Duration debounce, FileWriter writer, Clock clock) {
        this.file = file;
        this.debounce = debounce;
        this.writer = writer;
        this.clock = clock;
    }

    public static SettingsStore of(AppDirs dirs) {
        return new SettingsStore(dirs.settingsFile());
    }

    public Path file() {
        return file;
    }

    /**
     * The stored settings, or defaults when there are none. A file that cannot be read as settings
     * is moved aside (so the user can recover it) and defaults are used.
     */
    public Settings load() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Settings();
        } catch (IOException e) {
            LOG.warn("Could not read settings from {} ({}); using defaults. Check the file's permissions.",
                    file, e.toString());
            return new Settings();
        }
        try {
            JsonNode tree = MAPPER.readTree(bytes);
            if (tree == null || !tree.isObject()) {
                throw new SettingsFormatException("the file does not hold a JSON object");
            }
            return MAPPER.treeToValue(tree, Settings.class);
        } catch (IOException | SettingsFormatException e) {
            Path aside = moveAside();
            LOG.warn("Settings file {} is damaged ({}); it was moved to {} and default settings are used."
                    + " Fix or delete that copy if you want your old settings back.",
                    file, e.getMessage().lines().findFirst().orElse(""), aside);
            return new Settings();
        }
    }

    /** Writes now, replacing any write that {@link #saveLater} still holds. */
    public void save(Settings settings) throws IOException {
        byte[] bytes = serialize(settings);
        synchronized (writeLock) {
            synchronized (pendingLock) {
                pending = null;
                cancelTimer();
            }
            writer.write(file, bytes);
        }
    }

    /** Writes {@link #DEBOUNCE} after the last of a burst of calls, on a background thread. */
    public void saveLater(Settings settings) {
        byte[] bytes = serialize(settings);
        synchronized (pendingLock) {
            if (!closed) {
                pending = bytes;
                cancelTimer();
                timer = scheduler().schedule(this::flushQuietly, debounce.toMillis(), TimeUnit.MILLISECONDS);
                return;
            }
        }
        try {
            save(settings);
        } catch (IOException e) {
            logWriteFailure(e);
        }
    }

    /** Writes what {@link #saveLater} holds, if anything, now. */
    public void flush() throws IOException {
        synchronized (writeLock) {
            byte[] bytes;
            synchronized (pendingLock) {
                bytes = pending;
                pending = null;
                cancelTimer();
            }
            if (bytes == null) {
                return;
            }
            try {
                writer.write(file, bytes);
            } catch (IOException | RuntimeException e) {
                synchronized (pendingLock) {
                    if (pending == null) {
                        pending = bytes;
                    }
                }
                throw e;
            }
        }
    }

    /** Flushes and stops the background thread; later {@link #saveLater} calls write at once. */
    @Override
    public void close() throws IOException {
        synchronized (pendingLock) {
            closed = true;
        }
        try {
            flush();
        } finally {
            synchronized (pendingLock) {
                if (scheduler != null) {
                    scheduler.shutdown();
                }
            }
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (IOException | RuntimeException e) {
            logWriteFailure(e);
        }
    }

    private void logWriteFailure(Exception e) {
        LOG.warn("Could not save settings to {} ({}); the change is kept and written again"
                + " at the next change or when the app closes."
                + " Check that the folder exists and is writable.", file, e.toString());
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    private ScheduledExecutorService scheduler() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "settings-writer");
                thread.setDaemon(true);
                return thread;
            });
        }
        return scheduler;
    }

    private Path moveAside() {
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + CORRUPT_SUFFIX.format(clock.instant()));
        for (int attempt = 1; ; attempt++) {
            try {
                return Files.move(file, aside);
            } catch (FileAlreadyExistsException e) {
                aside = file.resolveSibling(file.getFileName() + ".corrupt-"
                        + CORRUPT_SUFFIX.format(clock.instant()) + "-" + attempt);
            } catch (IOException e) {
                LOG.warn("Could not move the damaged settings file {} aside ({}); it will be overwritten"
                        + " on the next save.", file, e.toString());
                return file;
            }
        }
    }

    private static byte[] serialize(Settings settings) {
        try {
            return MAPPER.writeValueAsBytes(settings);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("settings could not be turned into JSON", e);
        }
    }

    private static void writeOwnerOnly(Path file, byte[] bytes) throws IOException {
        OwnerOnlyFiles.directory(file.toAbsolutePath().getParent());
        OwnerOnlyFiles.writeAtomically(file, bytes);
    }

    /** A settings file that parses as JSON but not as settings. */
    private static final class SettingsFormatException extends Exception {
        SettingsFormatException(String message) {
            super(message);
        }
    }
}
