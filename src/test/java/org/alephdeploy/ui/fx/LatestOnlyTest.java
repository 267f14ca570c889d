package org.alephdeploy.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class LatestOnlyTest {
    private final LatestOnly latest = new LatestOnly();

    @Test
    void onlyTheNewestTicketIsCurrent() {
        LatestOnly.Ticket first = latest.next();
        assertThat(first.current()).isTrue();
        LatestOnly.Ticket second = latest.next();
        assertThat(first.current()).isFalse();
        assertThat(second.current()).isTrue();
    }

    @Test
    void dropAllLeavesNoTicketCurrent() {
        LatestOnly.Ticket ticket = latest.next();
        latest.dropAll();
        assertThat(ticket.current()).isFalse();
        assertThat(latest.next().current()).isTrue();
    }

    @Test
    void aStaleResultIsNotHandedOn() {
        List<String> shown = new ArrayList<>();
        Consumer<String> older = latest.next().ifCurrent(shown::add);
        LatestOnly.Ticket newer = latest.next();
        Consumer<String> newest = newer.ifCurrent(shown::add);
        List<String> ran = new ArrayList<>();
        Runnable finish = newer.ifCurrent(() -> ran.add("finished"));

        newest.accept("second answer");
        older.accept("first answer, arriving late");
        finish.run();

        assertThat(shown).containsExactly("second answer");
        assertThat(ran).containsExactly("finished");
        latest.next();
        finish.run();
        assertThat(ran).as("a newer request came").containsExactly("finished");
    }
}
