package org.alephdeploy.ui.wizard.rollback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.alephdeploy.ui.fx.SyncFxTasks;
import org.junit.jupiter.api.Test;

/** The revision page's view model, without the toolkit. */
class RevisionViewModelTest {
    static final String ROOT = "r".repeat(64);
    static final RevisionTimeline.Revision ORIGINAL = new RevisionTimeline.Revision("a".repeat(64), 0, "assets-v1.zip", 2048L,
            Instant.parse("2026-11-01T10:00:00Z"), "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", false, true);
    static final RevisionTimeline.Revision GONE = new RevisionTimeline.Revision("b".repeat(64), 1, null, null, null, null, false, false);
    static final RevisionTimeline.Revision CURRENT = new RevisionTimeline.Revision("c".repeat(64), 2, "assets-v3.zip", 4096L,
            Instant.parse("2026-12-01T10:00:00Z"), "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", true, false);
    static final RevisionTimeline TIMELINE = new RevisionTimeline(ROOT, List.of(ORIGINAL, GONE, CURRENT));

    @Test
    void eachRevisionIsSaidWithFileSizeDateAndSigner() {
        String words = RevisionViewModel.words(ORIGINAL);
        assertThat(words).startsWith("Original · assets-v1.zip · ").contains("2").contains("signed by 0xf39F");
        assertThat(RevisionViewModel.words(CURRENT)).startsWith("Revision 2 · assets-v3.zip").endsWith("(current)");
        assertThat(RevisionViewModel.words(GONE)).startsWith("Revision 1 · bbbb");
    }

    @Test
    void onlyARevisionThatCanBecomeCurrentAllowsNextAndTheOthersSayWhy() {
        RollBackInputs inputs = new RollBackInputs(null, null);
        RevisionViewModel model = new RevisionViewModel(inputs, "assets", new SyncFxTasks(), () -> Optional.of(TIMELINE));
        assertThat(model.revisions()).containsExactly(ORIGINAL, GONE, CURRENT);
        assertThat(inputs.rootProperty().get()).isEqualTo(ROOT);
        assertThat(model.validProperty().get()).isFalse();

        model.chosenProperty().set(CURRENT);
        assertThat(model.errorProperty().get()).contains("already the current one");
        model.chosenProperty().set(GONE);
        assertThat(model.errorProperty().get()).contains("cannot become current again").contains("Choose another revision");
        assertThat(model.validProperty().get()).isFalse();
        assertThat(inputs.revisionProperty().get()).isNull();

        model.chosenProperty().set(ORIGINAL);
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.validProperty().get()).isTrue();
        assertThat(inputs.revisionProperty().get()).isEqualTo(ORIGINAL.itemHash());
    }

    @Test
    void aRevisionHandedOverStartsChosen() {
        RollBackInputs inputs = new RollBackInputs(ROOT, ORIGINAL.itemHash());
        RevisionViewModel model = new RevisionViewModel(inputs, "assets", new SyncFxTasks(), () -> Optional.of(TIMELINE));
        assertThat(model.chosenProperty().get()).isEqualTo(ORIGINAL);
        assertThat(model.validProperty().get()).isTrue();
    }

    @Test
    void noTimelineOrAFailedReadSaysWhatToDo() {
        RevisionViewModel none = new RevisionViewModel(new RollBackInputs(null, null), "x", new SyncFxTasks(), Optional::empty);
        assertThat(none.errorProperty().get()).contains("nothing to roll back to").contains("Refresh");
        RevisionViewModel failed = new RevisionViewModel(new RollBackInputs(null, null), "x", new SyncFxTasks(), () -> {
            throw new IOException("node unreachable");
        });
        assertThat(failed.errorProperty().get()).contains("node unreachable").contains("Refresh");
        assertThat(failed.validProperty().get()).isFalse();
    }
}
