package org.alephdeploy.platform;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the app keeps its files. With a data directory given, everything lives under it;
 * otherwise each kind goes to the operating system's usual place.
 */
public record AppDirs(Path config, Path data, Path cache, Path logs) {
    private static final String APP = "aleph-deploy";

    /** Everything under one directory (the {@code --data-dir} option). */
    public static AppDirs under(Path root) {
        Path r = root.toAbsolutePath().normalize();
        return new AppDirs(r.resolve("config"), r.resolve("data"), r.resolve("cache"), r.resolve("logs"));
    }

    /** The operating system's directories for this user. */
    public static AppDirs forThisUser() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            Path roaming = envPath("APPDATA", home.resolve("AppData/Roaming")).resolve("AlephDeploy");
            Path local = envPath("LOCALAPPDATA", home.resolve("AppData/Local")).resolve("AlephDeploy");
            return new AppDirs(roaming.resolve("config"), roaming.resolve("data"), local.resolve("cache"), local.resolve("logs"));
        }
        if (os.contains("mac")) {
            Path support = home.resolve("Library/Application Support/Aleph Deploy");
            return new AppDirs(support.resolve("config"), support, home.resolve("Library/Caches/Aleph Deploy"),
                    home.resolve("Library/Logs/Aleph Deploy"));
        }
        Path state = envPath("XDG_STATE_HOME", home.resolve(".local/state"));
        return new AppDirs(envPath("XDG_CONFIG_HOME", home.resolve(".config")).resolve(APP),
                envPath("XDG_DATA_HOME", home.resolve(".local/share")).resolve(APP),
                envPath("XDG_CACHE_HOME", home.resolve(".cache")).resolve(APP),
                state.resolve(APP).resolve("logs"));
    }

    public Path wallets() {
        return data.resolve("wallets");
    }

    public Path journal() {
        return data.resolve("journal");
    }

    public Path sandbox() {
        return data.resolve("sandbox");
    }

    public Path settingsFile() {
        return config.resolve("settings.json");
    }

    private static Path envPath(String name, Path fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : Path.of(v);
    }
}
