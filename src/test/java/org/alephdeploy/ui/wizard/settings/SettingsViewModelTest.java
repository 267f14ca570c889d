package org.alephdeploy.ui.wizard.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.alephdeploy.deploy.plan.ReferenceChange;
import org.alephdeploy.deploy.plan.VolumeChange;
import org.alephdeploy.message.Reference;
import org.alephdeploy.deploy.plan.SettingsChange;
import org.alephdeploy.ui.fx.SyncFxTasks;
import org.junit.jupiter.api.Test;

/** The settings editor's view model, without the toolkit: fields filled from the program, edits checked and diffed as typed. */
class SettingsViewModelTest {
    private final SettingsInputs inputs = new SettingsInputs(null);
    private final SettingsViewModel model = new SettingsViewModel(inputs, false, new SyncFxTasks(), SettingsDiffTest::before);

    @Test
    void theFieldsStartFromTheProgramAndNextWaitsForAChange() {
        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.vcpusProperty().get()).isEqualTo("1");
        assertThat(model.memoryProperty().get()).isEqualTo("256");
        assertThat(model.timeoutProperty().get()).isEqualTo("30");
        assertThat(model.variablesProperty().get()).isEqualTo("GREETING=hello\nMODE=prod\n");
        assertThat(model.volumesProperty().get()).isEqualTo("/data = " + SettingsDiffTest.DATA + " pinned\n");
        assertThat(model.internetProperty().get()).isTrue();
        assertThat(model.runtimeOfferProperty().get()).contains("newest official runtime");
        assertThat(model.diff()).isEmpty();
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).contains("Nothing is changed yet");
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.hintProperty().get()).contains("amends");
    }

    @Test
    void eachEditUpdatesTheDiffAndTheChangeToPlan() {
        model.memoryProperty().set("1024");
        model.variablesProperty().set("GREETING=hello\nTOKEN_URL=https://example.org\n");
        model.newestRuntimeProperty().set(true);

        assertThat(model.diff()).extracting(SettingsDiff.Line::what)
                .containsExactly("Memory", "Variable TOKEN_URL", "Variable MODE", "Runtime");
        SettingsChange c = inputs.changeProperty().get();
        assertThat(c.memoryMib()).isEqualTo(1024);
        assertThat(c.setVariables()).isEqualTo(Map.of("TOKEN_URL", "https://example.org"));
        assertThat(c.removeVariables()).containsExactly("MODE");
        assertThat(c.references()).hasSize(1);
        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.errorProperty().get()).isEmpty();

        model.memoryProperty().set("256");
        model.variablesProperty().set("GREETING=hello\nMODE=prod");
        model.newestRuntimeProperty().set(false);
        assertThat(model.diff()).as("undoing every edit").isEmpty();
        assertThat(model.validProperty().get()).isFalse();
    }

    @Test
    void aBadFieldSaysWhatWhyAndWhatToDoAndKeepsNextOff() {
        model.vcpusProperty().set("two");
        assertThat(model.errorProperty().get()).isEqualTo("vCPUs \"two\" is not a whole number. Type a number from 1 to 256.");
        assertThat(model.validProperty().get()).isFalse();

        model.vcpusProperty().set("300");
        assertThat(model.errorProperty().get()).contains("outside what the network accepts").contains("1 to 256");

        model.vcpusProperty().set("2");
        model.variablesProperty().set("GREETING\n");
        assertThat(model.errorProperty().get()).contains("Line 1").contains("KEY=value");
        model.variablesProperty().set("A=1\nA=2\n");
        assertThat(model.errorProperty().get()).contains("A is written twice").contains("Delete one");

        model.variablesProperty().set("");
        model.volumesProperty().set("/data = nothash\n");
        assertThat(model.errorProperty().get()).contains("not a STORE message hash").contains("Volumes tab");
        model.volumesProperty().set("data " + SettingsDiffTest.DATA);
        assertThat(model.errorProperty().get()).contains("/mount = STORE hash");
        assertThat(model.validProperty().get()).isFalse();

        model.volumesProperty().set("");
        assertThat(model.validProperty().get()).isTrue();
        assertThat(inputs.changeProperty().get().volumes()).hasSize(1);
    }

    @Test
    void aLockedProgramSaysTheChangeRecreatesIt() {
        SettingsViewModel locked = new SettingsViewModel(new SettingsInputs(null), true, new SyncFxTasks(), SettingsDiffTest::before);
        assertThat(locked.hintProperty().get()).contains("locked").contains("new hash and URL");
    }

    @Test
    void aHandedOverChangeStartsInTheFieldsAndIsNoted() {
        SettingsChange handed = new SettingsChange(4, null, null, Map.of("MODE", "dev"), null, null, null, null, null);
        SettingsInputs in = new SettingsInputs(handed);
        SettingsViewModel m = new SettingsViewModel(in, false, new SyncFxTasks(), SettingsDiffTest::before);
        assertThat(m.vcpusProperty().get()).isEqualTo("4");
        assertThat(m.variablesProperty().get()).contains("MODE=dev");
        assertThat(m.validProperty().get()).isTrue();
        assertThat(in.changeProperty().get().vcpus()).isEqualTo(4);
    }

    @Test
    void settingsThatCannotBeReadSayWhatToDo() {
        SettingsViewModel m = new SettingsViewModel(new SettingsInputs(null), false, new SyncFxTasks(), () -> {
            throw new IOException("connection refused");
        });
        assertThat(m.loadedProperty().get()).isFalse();
        assertThat(m.errorProperty().get()).contains("could not be read: connection refused").contains("refresh the window");
        assertThat(m.validProperty().get()).isFalse();
    }

    @Test
    void ephemeralAndPersistentVolumesAreEditedAsLinesWithTheirSizesInTheDiff() {
        model.volumesProperty().set("/data = " + SettingsDiffTest.DATA + " pinned\n/tmp = ephemeral 64 MiB\n/state = persistent db 500 MiB host\n");

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.diff()).extracting(SettingsDiff.Line::what, SettingsDiff.Line::after).containsExactly(
                tuple("Volume at /state", "persistent db, 500 MiB (host)"),
                tuple("Volume at /tmp", "ephemeral, 64 MiB"));
        assertThat(inputs.changeProperty().get().volumes()).containsExactly(VolumeChange.addPersistent("/state", "db", 500, "host"),
                VolumeChange.addEphemeral("/tmp", 64));
        assertThat(model.statusProperty().get()).as("ephemeral volumes do not start on current nodes").contains("ephemeral");
        assertThat(model.validProperty().get()).isTrue();

        model.volumesProperty().set("/data = " + SettingsDiffTest.DATA + " pinned\n/tmp = ephemeral 5000 MiB\n");
        assertThat(model.errorProperty().get()).contains("5,000 MiB").contains("1 to 1,000 MiB").contains("Give a size in that range");
        assertThat(model.validProperty().get()).isFalse();
    }

    /** "Roll back here" on an amend hands the restoring change over: its volumes are in the field, its code in the diff. */
    @Test
    void aHandedOverRestoreShowsItsVolumesInTheFieldAndItsCodeInTheDiff() {
        String newCode = "b".repeat(64);
        SettingsChange restore = new SettingsChange(null, null, null, null, null, null, null,
                List.of(VolumeChange.remove("/data"), VolumeChange.addEphemeral("/tmp", 8)),
                List.of(new ReferenceChange(Reference.Role.CODE, SettingsDiffTest.ASSETS, newCode, null)));
        SettingsInputs in = new SettingsInputs(restore);
        SettingsViewModel m = new SettingsViewModel(in, false, new SyncFxTasks(), SettingsDiffTest::before);

        assertThat(m.volumesProperty().get()).isEqualTo("/tmp = ephemeral 8 MiB\n");
        assertThat(m.diff()).extracting(SettingsDiff.Line::what).containsExactly("Volume at /tmp", "Volume at /data", "Code");
        SettingsChange planned = in.changeProperty().get();
        assertThat(planned.volumes()).as("each volume change once").containsExactlyInAnyOrder(VolumeChange.remove("/data"),
                VolumeChange.addEphemeral("/tmp", 8));
        assertThat(planned.references()).hasSize(1);
        assertThat(m.validProperty().get()).isTrue();
    }
}
