package org.alephdeploy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Desktop notifications go to the platform's own command, found on the PATH given, with the texts as separate arguments. */
class DesktopNotifierTest {
    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    @TempDir
    Path temp;

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void onLinuxNotifySendIsCalledWithTheTitleAndBodyAsArgumentsNotThroughAShell() throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path empty = Files.createDirectories(temp.resolve("empty"));
        FakeNotifySend fake = FakeNotifySend.in(bin, "notify-send");
        DesktopNotifier notifier = new DesktopNotifier("Linux", List.of(empty, bin), pool);

        boolean shown = notifier.notify("web-api: done", "\"Update code\" finished; $(touch pwned) `id`\nsecond line",
                DesktopNotifier.Urgency.NORMAL).get(30, TimeUnit.SECONDS);

        assertThat(shown).isTrue();
        assertThat(fake.arguments()).containsExactly("--app-name=Aleph Deploy", "--urgency=normal", "--", "web-api: done",
                "\"Update code\" finished; $(touch pwned) `id` second line", "");
        assertThat(temp.resolve("pwned")).doesNotExist();
        assertThat(bin.resolve("pwned")).doesNotExist();
    }

    @Test
    void withoutTheCommandOnThePathNothingIsShownAndNothingFails() throws Exception {
        DesktopNotifier notifier = new DesktopNotifier("Linux", List.of(temp), pool);
        assertThat(notifier.notify("web-api: failed", "It failed.", DesktopNotifier.Urgency.CRITICAL).get(30, TimeUnit.SECONDS))
                .isFalse();
    }

    @Test
    void onMacOsOsascriptGetsOneScriptWithBothTextsEscaped() throws Exception {
        FakeNotifySend fake = FakeNotifySend.in(temp, "osascript");
        DesktopNotifier notifier = new DesktopNotifier("Mac OS X", List.of(temp), pool);

        assertThat(notifier.notify("say \"hi\"", "back\\slash", DesktopNotifier.Urgency.NORMAL).get(30, TimeUnit.SECONDS)).isTrue();

        assertThat(fake.arguments()).containsExactly("-e",
                "display notification \"back\\\\slash\" with title \"say \\\"hi\\\"\"", "");
    }

    @Test
    void aRefusingExecutorMeansNoNotificationNotAnError() throws Exception {
        pool.shutdown();
        DesktopNotifier notifier = new DesktopNotifier("Linux", List.of(temp), pool);
        assertThat(notifier.notify("a", "b", DesktopNotifier.Urgency.NORMAL).get(1, TimeUnit.SECONDS)).isFalse();
    }
}
