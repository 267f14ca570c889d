package org.alephdeploy.ui.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.alephdeploy.deploy.outcome.OperationStatus;
import org.alephdeploy.deploy.outcome.OperationSummary;
import org.alephdeploy.ui.activity.ActivityRow;
import org.alephdeploy.ui.activity.ActivityState;
import org.alephdeploy.ui.model.ShortHash;
import org.junit.jupiter.api.Test;

class ActivityRowsTest {
    private static final String ROOT = "a".repeat(64);
    private static final String REVISION = "b".repeat(64);

    private static OperationSummary summary(String words, String kind, String target) {
        return new OperationSummary("op-1", OperationStatus.DONE, "sandbox", "0xabc", "0xabc", words, kind, target,
                Instant.parse("2026-01-01T00:00:00Z"), null, 3, 3, "done");
    }

    @Test
    void theTargetComesFromTheIntentNotFromItsWords() {
        ActivityRow row = ActivityRows.row(summary("roll volume " + ROOT + " back to " + REVISION, "rollback", ROOT),
                Map.of(ROOT, "site-data"));
        assertThat(row.target()).isEqualTo("site-data");
        assertThat(row.intent()).startsWith("roll volume " + ShortHash.of(ROOT) + " back to");
        assertThat(row.state()).isEqualTo(ActivityState.DONE);
    }

    @Test
    void anUnnamedTargetShowsItsShortHash() {
        ActivityRow row = ActivityRows.row(summary("delete program " + ROOT, "delete", ROOT), Map.of());
        assertThat(row.target()).isEqualTo(ShortHash.of(ROOT));
    }

    @Test
    void aHashInTheWordsThatIsNotTheTargetIsNoTarget() {
        ActivityRow row = ActivityRows.row(summary("pin Qm… as a new volume " + REVISION, "pin-cid", null), Map.of());
        assertThat(row.target()).isEmpty();
    }
}
