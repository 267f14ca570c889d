package org.alephdeploy.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.alephdeploy.ui.model.IntentState;
import org.junit.jupiter.api.Test;

/** Resume needs the node: offline it is disabled with the reason; Abandon only writes the journal and stays available. */
class ActivityViewModelTest {
    private static final String OFFLINE = "Offline: Aleph mainnet does not answer, and this needs the node.";

    private static ActivityRow row(String id, ActivityState state) {
        return new ActivityRow(id, Instant.parse("2026-12-03T10:00:00Z"), "Update code", "web-api", state, 1, 3, "Sign the amend");
    }

    @Test
    void offlineResumeIsDisabledWithTheReasonAndAbandonIsNot() {
        ActivityViewModel vm = new ActivityViewModel();
        List<String> resumed = new ArrayList<>();
        vm.setActions(new ActivityActions() {
            @Override
            public void resume(ActivityRow operation) {
                resumed.add(operation.id());
            }

            @Override
            public void abandon(ActivityRow operation) {
            }

            @Override
            public void openBackup(ActivityRow operation) {
            }
        });
        vm.setRows(List.of(row("op-1", ActivityState.INTERRUPTED), row("op-2", ActivityState.DONE)));
        assertThat(vm.resumableBinding().get().enabled()).as("nothing selected").isFalse();

        vm.selectedProperty().set(vm.rows().stream().filter(r -> r.id().equals("op-1")).findFirst().orElseThrow());
        assertThat(vm.resumableBinding().get().enabled()).isTrue();

        vm.offlineReasonProperty().set(OFFLINE);
        IntentState resume = vm.resumableBinding().get();
        assertThat(resume.enabled()).isFalse();
        assertThat(resume.reason()).isEqualTo(OFFLINE);
        assertThat(vm.abandonableBinding().get().enabled()).as("abandoning writes only the local journal").isTrue();
        vm.resumeSelected();
        assertThat(resumed).as("a disabled Resume does nothing").isEmpty();

        vm.offlineReasonProperty().set(null);
        assertThat(vm.resumableBinding().get().enabled()).isTrue();
        vm.resumeSelected();
        assertThat(resumed).containsExactly("op-1");
    }

    @Test
    void aDoneOperationIsNeitherResumableNorAbandonableWhateverTheNetwork() {
        ActivityViewModel vm = new ActivityViewModel();
        vm.setRows(List.of(row("op-2", ActivityState.DONE)));
        vm.selectedProperty().set(vm.rows().get(0));
        vm.offlineReasonProperty().set(OFFLINE);
        assertThat(vm.resumableBinding().get().reason()).contains("interrupted or failed");
        assertThat(vm.abandonableBinding().get().enabled()).isFalse();
    }
}
