package org.alephdeploy.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import org.alephdeploy.ui.RecordingIntents;
import org.alephdeploy.ui.demo.DemoInventorySource;
import org.alephdeploy.ui.shell.InventorySnapshot;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.programs.ProgramsViewModel;
import org.alephdeploy.ui.shell.Network;
import org.alephdeploy.ui.volumes.VolumeRow;
import org.alephdeploy.ui.volumes.VolumesViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A refusal's alternative and the Activity tab find programs and volumes the search hides. */
class KnownRowsTest {
    private final RecordingIntents intents = new RecordingIntents();
    private final ProgramsViewModel programs = new ProgramsViewModel(intents);
    private final VolumesViewModel volumes = new VolumesViewModel(intents);
    private final KnownRows rows = new KnownRows(programs::allRows, volumes::allRows);

    @BeforeEach
    void load() throws Exception {
        InventorySnapshot loaded = new DemoInventorySource().load(Network.mainnet());
        programs.setRows(loaded.programs());
        volumes.setRows(loaded.volumes());
    }

    @Test
    void findsAProgramAndAVolumeTheSearchHides() {
        ProgramRow hidden = programs.rows().stream().filter(p -> !"indexer-v2".equals(p.name())).findFirst().orElseThrow();
        VolumeRow volume = volumes.rows().get(0);
        programs.searchProperty().set("indexer-v2");
        volumes.searchProperty().set("no volume is called this");

        assertThat(programs.rows()).doesNotContain(hidden);
        assertThat(volumes.rows()).isEmpty();
        assertThat(rows.program(hidden.itemHash())).contains(hidden);
        assertThat(rows.volume(volume.rootHash())).contains(volume);
    }

    @Test
    void namesEveryTargetWhileAFilterIsActive() {
        ProgramRow hidden = programs.rows().stream().filter(p -> !"indexer-v2".equals(p.name())).findFirst().orElseThrow();
        programs.searchProperty().set("indexer-v2");

        assertThat(rows.names()).containsEntry(hidden.itemHash(), hidden.displayName())
                .hasSize(programs.allRows().size() + volumes.allRows().size());
    }

    @Test
    void findsNothingForAnUnknownHash() {
        assertThat(rows.program("0".repeat(64))).isEmpty();
        assertThat(rows.volume("0".repeat(64))).isEmpty();
    }
}
