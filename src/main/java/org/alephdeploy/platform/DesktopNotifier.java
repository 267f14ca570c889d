package org.alephdeploy.platform;

import java.awt.AWTException;
import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a notification on the desktop with the platform's own means: {@code notify-send}
 * (libnotify) on Linux when it is on the PATH, {@code osascript} on macOS, the system tray's
 * balloon on Windows. Commands get their arguments as a list (no shell). Never blocks the caller
 * and never throws: where nothing works the notification is simply not shown (the window's own
 * notice remains). Thread-safe.
 */
public final class DesktopNotifier {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopNotifier.class);
    private static final String APP = "Aleph Deploy";
    private static final long WAIT_SECONDS = 10;
    private static final String ICON = "/org/alephdeploy/ui/icons/app-icon-256.png";

    /** Whether a notification reports something that went well or not. */
    public enum Urgency { NORMAL, CRITICAL }

    private final String os;
    private final List<Path> searchPath;
    private final Executor executor;
    private TrayIcon trayIcon;

    /**
     * @param osName     the {@code os.name} to act for
     * @param searchPath the folders to look for {@code notify-send} and {@code osascript} in, in order
     * @param executor   where the command runs (never the FX thread)
     */
    public DesktopNotifier(String osName, List<Path> searchPath, Executor executor) {
        this.os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        this.searchPath = List.copyOf(searchPath);
        this.executor = executor;
    }

    /** The notifier of this computer: its OS, its PATH, one daemon thread for the commands. */
    public static DesktopNotifier system() {
        String path = System.getenv("PATH");
        List<Path> folders = new ArrayList<>();
        if (path != null) {
            for (String p : path.split(File.pathSeparator)) {
                if (!p.isBlank()) {
                    folders.add(Path.of(p));
                }
            }
        }
        return new DesktopNotifier(System.getProperty("os.name"), folders, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "desktop-notifier");
            t.setDaemon(true);
            return t;
        }));
    }

    /**
     * Shows {@code title} and {@code body} on the desktop, on the executor. The future says whether
     * the platform took the notification (false when there is no means or it failed); it never fails.
     */
    public CompletableFuture<Boolean> notify(String title, String body, Urgency urgency) {
        CompletableFuture<Boolean> shown = new CompletableFuture<>();
        try {
            executor.execute(() -> shown.complete(show(oneLine(title), oneLine(body), urgency)));
        } catch (RuntimeException e) {
            LOG.debug("desktop notification not queued: {}", e.toString());
            shown.complete(false);
        }
        return shown;
    }

    private boolean show(String title, String body, Urgency urgency) {
        try {
            if (os.contains("mac")) {
                return find("osascript").map(cmd -> run(List.of(cmd.toString(), "-e", appleScript(title, body)))).orElse(false);
            } else if (os.contains("win")) {
                return tray(title, body, urgency);
            }
            return find("notify-send").map(cmd -> run(List.of(cmd.toString(), "--app-name=" + APP,
                    "--urgency=" + urgency.name().toLowerCase(Locale.ROOT), "--", title, body))).orElse(false);
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("desktop notification failed: {}", e.toString());
            return false;
        }
    }

    /** The AppleScript that shows the notification, with both texts as escaped AppleScript strings. */
    static String appleScript(String title, String body) {
        return "display notification " + appleString(body) + " with title " + appleString(title);
    }

    private static String appleString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Line breaks and other control characters become spaces: a notification is one line of each. */
    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\p{Cntrl}", " ").strip();
    }

    private Optional<Path> find(String command) {
        for (Path folder : searchPath) {
            Path candidate = folder.resolve(command);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            if (!p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            LOG.debug("desktop notification command failed: {}", e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Image icon() {
        try (InputStream in = DesktopNotifier.class.getResourceAsStream(ICON)) {
            BufferedImage image = in == null ? null : ImageIO.read(in);
            return image != null ? image : new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        } catch (IOException e) {
            return new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        }
    }

    private synchronized boolean tray(String title, String body, Urgency urgency) {
        if (GraphicsEnvironment.isHeadless() || !SystemTray.isSupported()) {
            return false;
        }
        try {
            if (trayIcon == null) {
                TrayIcon icon = new TrayIcon(icon(), APP);
                icon.setImageAutoSize(true);
                SystemTray.getSystemTray().add(icon);
                trayIcon = icon;
            }
            trayIcon.displayMessage(title, body, urgency == Urgency.CRITICAL ? TrayIcon.MessageType.ERROR : TrayIcon.MessageType.INFO);
            return true;
        } catch (AWTException e) {
            LOG.debug("no tray icon: {}", e.toString());
            return false;
        }
    }
}
