package org.alephdeploy.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.sandbox.DemoSeed;
import org.alephdeploy.service.engine.SandboxEngine;
import org.alephdeploy.ui.inventory.EngineInventorySource;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.shell.InventorySnapshot;
import org.alephdeploy.ui.shell.Network;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deployment history of the demo's amend chain (worker: original 1 vCPU, two amends with 2),
 * loaded from a sandbox over HTTP: older versions offer "Roll back here" as the amend that restores
 * them, or say why not; the details pane hands that amend to the settings wizard.
 */
class HistoryRestoreTest {
    private static SandboxEngine sandbox;
    private static EngineInventorySource source;
    private static InventorySnapshot snapshot;

    @BeforeAll
    static void load() throws Exception {
        sandbox = SandboxEngine.start();
        source = new EngineInventorySource(n -> sandbox.engine(), SandboxEngine.account());
        snapshot = source.load(Network.sandbox());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static ProgramRow program(String name) {
        return snapshot.programs().stream().filter(p -> name.equals(p.name())).findFirst().orElseThrow();
    }

    @Test
    void anOlderVersionOfAnAmendableProgramOffersTheAmendThatRestoresItOrSaysWhyNot() throws Exception {
        ProgramRow current = program(DemoSeed.WORKER_AMEND_2);
        ItemDetails worker = source.details(Network.sandbox(), current.itemHash());
        ItemDetails.HistoryEntry original = worker.history().stream().filter(e -> e.step() == ItemDetails.HistoryEntry.Step.ORIGINAL)
                .findFirst().orElseThrow();
        ItemDetails.HistoryEntry newest = worker.history().stream().filter(ItemDetails.HistoryEntry::current).findFirst().orElseThrow();
        ItemDetails.HistoryEntry firstAmend = worker.history().stream()
                .filter(e -> e.step() == ItemDetails.HistoryEntry.Step.AMEND && !e.current()).findFirst().orElseThrow();

        assertThat(original.restore()).as(original.cannotRestore()).isNotNull();
        assertThat(original.restore().program()).isEqualTo(current.itemHash());
        assertThat(original.restore().change().vcpus()).as("the original ran on 1 vCPU").isEqualTo(1);
        assertThat(newest.restore()).isNull();
        assertThat(newest.cannotRestore()).as("the current version needs no roll-back").isNull();
        assertThat(firstAmend.restore()).isNull();
        assertThat(firstAmend.cannotRestore()).contains("nothing to restore");

        DetailsViewModel vm = new DetailsViewModel();
        List<Intent> opened = new ArrayList<>();
        vm.restoreActionProperty().set(opened::add);
        vm.show(worker);
        vm.restore(original.restore());
        assertThat(opened).containsExactly(original.restore());
    }

    @Test
    void anImmutableProgramsHistoryOffersNoRestore() throws Exception {
        ItemDetails site = source.details(Network.sandbox(), program(DemoSeed.STATIC_SITE).itemHash());
        assertThat(site.history()).allSatisfy(e -> assertThat(e.restore()).isNull());
    }
}
