package org.alephdeploy.ui.volumes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.alephdeploy.ui.RecordingIntents;
import org.alephdeploy.ui.demo.DemoInventorySource;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.model.IntentState;
import org.alephdeploy.ui.shell.Network;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VolumesViewModelTest {
    private final RecordingIntents intents = new RecordingIntents();
    private final VolumesViewModel vm = new VolumesViewModel(intents);

    @BeforeEach
    void load() throws Exception {
        vm.setRows(new DemoInventorySource().load(Network.mainnet()).volumes());
    }

    private VolumeRow row(String name) {
        return vm.rows().stream().filter(v -> name.equals(v.name())).findFirst().orElseThrow();
    }

    @Test
    void aVolumeInUseCannotBeForgottenAndSaysByHowMany() {
        vm.selectedProperty().set(row("python-venv"));
        assertThat(vm.intentState(VolumeIntent.FORGET).get())
                .isEqualTo(IntentState.disabled(I18n.format("volumes.reason.forgetInUse", 1)));

        vm.selectedProperty().set(row("old-backups"));
        assertThat(vm.intentState(VolumeIntent.FORGET).get().enabled()).isTrue();
        assertThat(vm.intentState(VolumeIntent.ROLL_BACK).get().enabled()).isFalse();
    }

    @Test
    void updateSaysWhoPicksItUp() {
        vm.selectedProperty().set(row("site-assets"));
        assertThat(vm.intentState(VolumeIntent.UPDATE).get().reason())
                .isEqualTo(I18n.format("volumes.effect.update", 1, 0));
    }

    @Test
    void someoneElsesVolumeIsReadOnly() {
        VolumeRow runtime = row("debian-12-python");
        vm.selectedProperty().set(runtime);
        for (VolumeIntent intent : VolumeIntent.values()) {
            assertThat(vm.intentState(intent).get().enabled()).isFalse();
        }
        assertThat(vm.dropOnRow(runtime, List.of(Path.of("x.tar")))).isFalse();
    }

    @Test
    void filtersAndDrops() {
        vm.onlyInUseProperty().set(true);
        assertThat(vm.rows()).extracting(VolumeRow::name).doesNotContain("old-backups").hasSize(5);
        vm.searchProperty().set("weights");
        assertThat(vm.rows()).extracting(VolumeRow::name).containsExactly("model-weights");

        Path folder = Path.of("site");
        vm.dropOnRow(row("model-weights"), List.of(folder));
        vm.dropOnEmptySpace(List.of(folder));
        vm.dropOnEmptySpace(List.of());
        assertThat(intents.calls()).containsExactly(
                new RecordingIntents.Call("updateVolume", "model-weights", List.of(folder)),
                new RecordingIntents.Call("uploadNewVolume", "", List.of(folder)));
    }

    @Test
    void offlineOrNotVerifyingNoIntentActsAndTheReasonSaysWhy() {
        vm.selectedProperty().set(row("site-assets"));
        assertThat(vm.intentState(VolumeIntent.UPDATE).get().enabled()).isTrue();

        vm.offlineReasonProperty().set("Offline: the node does not answer.");
        assertThat(vm.intentState(VolumeIntent.UPDATE).get()).isEqualTo(IntentState.disabled("Offline: the node does not answer."));
        vm.dropOnEmptySpace(List.of(Path.of("new.bin")));
        assertThat(vm.dropOnRow(row("site-assets"), List.of(Path.of("new.bin")))).isFalse();
        assertThat(intents.calls()).isEmpty();
        vm.offlineReasonProperty().set(null);

        VolumeRow lied = row("site-assets").withVerifyWords("its signature does not match its sender");
        vm.setRows(List.of(lied));
        vm.selectedProperty().set(vm.rows().get(0));
        for (VolumeIntent intent : VolumeIntent.values()) {
            assertThat(vm.intentState(intent).get().enabled()).as(intent.name()).isFalse();
            assertThat(vm.intentState(intent).get().reason()).contains("does not verify").contains("signature");
        }
        assertThat(lied.typeBadges()).singleElement().satisfies(b -> assertThat(b.text()).isEqualTo("Does not verify"));
    }
}
