package org.alephdeploy.deploy.rehearse;

import static org.alephdeploy.deploy.Signed.KEY0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.alephdeploy.ccn.SandboxImport;
import org.alephdeploy.deploy.CreditRunOut;
import org.alephdeploy.deploy.HandClock;
import org.alephdeploy.deploy.SandboxWorld;
import org.alephdeploy.message.Message;
import org.alephdeploy.sandbox.SandboxOptions;
import org.junit.jupiter.api.Test;

/**
 * A credit-paid program copied from a source sandbox whose credit clock is injected: the copy
 * brings the source's {@code removing} (which comes without a new message) and accounts the
 * imported program's credits from the copy's own clock, never back-dated nor charged twice.
 */
class CopiedStatusesTest {
    private static final long MAX_FILE = 100L * 1024 * 1024;
    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;
    /** The test's program (1 vCPU, 256 MiB) costs 11,000 credits an hour, 264,000 a day. */
    private static final long ONE_AND_A_HALF_DAYS = 396_000;

    private static SandboxWorld world(Consumer<SandboxOptions.Builder> config) {
        return SandboxWorld.start(config);
    }

    private static HistoryCopy copier(SandboxWorld source, SandboxWorld copy) {
        return new HistoryCopy(source.client, source.node.url(), new SandboxImport(copy.node.url()),
                copy.dir.resolve("rehearse"));
    }

    private static String status(SandboxWorld node, String hash) {
        return node.get("/api/v0/messages/" + hash).path("status").asText();
    }

    private static long credits(SandboxWorld node) {
        return node.get("/api/v0/addresses/" + KEY0.address() + "/balance").path("credit_balance").asLong();
    }

    /** The hashes the node lists as removing for KEY0 (what any client of the copy sees). */
    private static List<String> listedRemoving(SandboxWorld node) {
        List<String> out = new ArrayList<>();
        node.get("/api/v0/messages.json?msgStatuses=removing&owners=" + KEY0.address()).path("messages")
                .forEach(m -> out.add(m.path("item_hash").asText()));
        return out;
    }

    @Test
    void aProgramTurnedRemovingOnTheSourceTurnsRemovingInTheCopy() {
        HandClock clock = new HandClock(Instant.now().toEpochMilli());
        try (SandboxWorld source = world(b -> b.credits(ONE_AND_A_HALF_DAYS).clock(clock));
                SandboxWorld copy = world(SandboxOptions.Builder::free)) {
            Message program = CreditRunOut.creditProgram(source);
            HistoryCopy history = copier(source, copy);
            CopySummary first = history.copy(KEY0.address(), MAX_FILE, line -> { });
            assertThat(first.refused()).isEmpty();
            assertThat(first.statusesUpdated()).isZero();
            assertThat(status(copy, program.itemHash())).isEqualTo("processed");

            clock.millis.addAndGet(30 * HOUR);
            assertThat(credits(source)).as("less than a day of credits is left").isLessThan(ONE_AND_A_HALF_DAYS / 3);
            assertThat(status(source, program.itemHash())).isEqualTo("removing");

            CopySummary second = history.copy(KEY0.address(), MAX_FILE, line -> { });
            assertThat(second.incremental()).isTrue();
            assertThat(second.messages()).isZero();
            assertThat(second.statusesUpdated()).isEqualTo(1);
            assertThat(status(copy, program.itemHash())).isEqualTo("removing");
            assertThat(listedRemoving(copy)).containsExactly(program.itemHash()).isEqualTo(listedRemoving(source));

            assertThat(history.copy(KEY0.address(), MAX_FILE, line -> { }).statusesUpdated()).as("nothing new").isZero();
            assertThat(status(copy, program.itemHash())).isEqualTo("removing");
        }
    }

    @Test
    void creditPaidHistoryCopiedMonthsLaterIsChargedFromTheCopysClockOnce() {
        Instant now = Instant.now();
        HandClock sourceClock = new HandClock(now.toEpochMilli());
        HandClock copyClock = new HandClock(now.plus(120, ChronoUnit.DAYS).toEpochMilli());
        try (SandboxWorld source = world(b -> b.credits(10_000_000).clock(sourceClock));
                SandboxWorld copy = world(b -> b.clock(copyClock))) {
            Message program = CreditRunOut.creditProgram(source);
            HistoryCopy history = copier(source, copy);
            CopySummary first = history.copy(KEY0.address(), MAX_FILE, line -> { });
            assertThat(first.refused()).isEmpty();
            long atSource = credits(source);
            assertThat(atSource).isGreaterThan(9_000_000);
            assertThat(credits(copy)).as("the 120 days since the program's time are not charged").isEqualTo(atSource);
            assertThat(status(copy, program.itemHash())).isEqualTo("processed");

            sourceClock.millis.addAndGet(DAY);
            copyClock.millis.addAndGet(DAY);
            long dayLater = credits(source);
            assertThat(dayLater).as("a day of the program was spent on the source").isLessThan(atSource - 250_000);
            CopySummary second = history.copy(KEY0.address(), MAX_FILE, line -> { });
            assertThat(second.messages()).isZero();
            assertThat(credits(copy)).as("the source's balance, not that day charged again").isBetween(dayLater - 1, dayLater + 1);
            assertThat(status(copy, program.itemHash())).isEqualTo("processed");
            assertThat(second.statusesUpdated()).isZero();
        }
    }
}
