package org.alephdeploy.ui.programs;

import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.ObservableList;

/**
 * Hands a big list of rows to the table one per pulse while its first screenful is being built:
 * the table makes, styles and lays out a row of cells for every row it can show, and the first
 * row costs most (JavaFX's table-cell code runs for the first time in this JVM: about 120 ms of
 * FX-thread CPU on the shared test machine, each later row about 20 ms). Empty rows cost no cells
 * ({@code RowWithCellsOnDemand}), so one row per pulse means one row's cells per pulse; rows that a
 * warm-up built before the data ({@code TableWarmUp}) only show theirs. Once a
 * screenful is in, the rest goes in at once (it needs no new cells). A list no longer than a
 * screenful, or one replacing a full screen, goes in at once; off the FX thread (view-model tests)
 * too.
 */
final class FirstScreenFeed {
    /** More rows than a maximised window shows. */
    static final int SCREENFUL = 40;
    static final int PER_PULSE = 1;

    private final ObservableList<ProgramRow> target;
    private List<ProgramRow> pending = List.of();
    private int fed;
    private AnimationTimer timer;

    FirstScreenFeed(ObservableList<ProgramRow> target) {
        this.target = target;
    }

    /** Replaces the target's rows with {@code rows}, a few per pulse when the table has to build its first screenful. */
    void replace(List<ProgramRow> rows) {
        stop();
        if (target.size() >= SCREENFUL || rows.size() <= SCREENFUL || !Platform.isFxApplicationThread()) {
            target.setAll(rows);
            return;
        }
        pending = List.copyOf(rows);
        fed = PER_PULSE;
        target.setAll(pending.subList(0, fed));
        timer().start();
    }

    private boolean feeding() {
        return fed < pending.size();
    }

    private void next() {
        int upTo = fed < SCREENFUL ? Math.min(fed + PER_PULSE, pending.size()) : pending.size();
        target.addAll(pending.subList(fed, upTo));
        fed = upTo;
        if (!feeding()) {
            stop();
        }
    }

    private void stop() {
        if (timer != null) {
            timer.stop();
        }
        pending = List.of();
        fed = 0;
    }

    private AnimationTimer timer() {
        if (timer == null) {
            timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    next();
                }
            };
        }
        return timer;
    }
}
