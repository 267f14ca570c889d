package org.alephdeploy.ui.wizard.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.alephdeploy.deploy.plan.OfficialRuntimes;
import org.alephdeploy.deploy.plan.ReferenceChange;
import org.alephdeploy.deploy.plan.SettingsChange;
import org.alephdeploy.deploy.plan.VolumeChange;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.ProgramContent;
import org.alephdeploy.message.Reference;
import org.junit.jupiter.api.Test;

/** What a settings edit changes (before → after) and the change it plans. */
class SettingsDiffTest {
    static final String OLD_RUNTIME = "314385a8141b683aff5178b9c6430c047f4cbd9a2de2505622a8173234353a93";
    static final String DATA = "003db74fa12c3bf86bb041f4340aa01bf1100f54f73f611bc1215355dba7d2cb";
    static final String ASSETS = "a35eb3f8d8e9379cb06929ce1b26f24579c86c82a55f63028ed0ceb69749f303";

    static ProgramSettings before() {
        return new ProgramSettings(1, 256, 30, Map.of("GREETING", "hello", "MODE", "prod"), false, true, OLD_RUNTIME,
                List.of(ProgramSettings.MountedVolume.immutable("/data", DATA, false)));
    }

    @Test
    void noEditIsNoLineAndNoChange() {
        ProgramSettings b = before();
        assertThat(SettingsDiff.lines(b, SettingsEdit.unchanged(b))).isEmpty();
        assertThat(SettingsDiff.change(b, SettingsEdit.unchanged(b), null).isEmpty()).isTrue();
    }

    @Test
    void resourcesPersistenceAndInternetAreShownBeforeAndAfter() {
        ProgramSettings b = before();
        SettingsEdit e = new SettingsEdit(2, 512, 30, b.variables(), true, false, false, b.volumes());

        List<SettingsDiff.Line> lines = SettingsDiff.lines(b, e);

        assertThat(lines).extracting(SettingsDiff.Line::what, SettingsDiff.Line::before, SettingsDiff.Line::after).containsExactly(
                tuple("vCPUs", "1", "2"),
                tuple("Memory", "256 MiB", "512 MiB"),
                tuple("Runs", "on demand", "always on (persistent)"),
                tuple("Internet", "on", "off"));
        SettingsChange c = SettingsDiff.change(b, e, null);
        assertThat(c.vcpus()).isEqualTo(2);
        assertThat(c.memoryMib()).isEqualTo(512);
        assertThat(c.timeoutSeconds()).isNull();
        assertThat(c.persistent()).isTrue();
        assertThat(c.internet()).isFalse();
    }

    @Test
    void variablesAreAddedChangedAndRemoved() {
        ProgramSettings b = before();
        SettingsEdit e = new SettingsEdit(1, 256, 30, Map.of("GREETING", "hi", "REGION", "eu"), false, true, false, b.volumes());

        List<SettingsDiff.Line> lines = SettingsDiff.lines(b, e);

        assertThat(lines).extracting(SettingsDiff.Line::kind, SettingsDiff.Line::what).containsExactly(
                tuple(SettingsDiff.Kind.CHANGED, "Variable GREETING"),
                tuple(SettingsDiff.Kind.ADDED, "Variable REGION"),
                tuple(SettingsDiff.Kind.REMOVED, "Variable MODE"));
        SettingsChange c = SettingsDiff.change(b, e, null);
        assertThat(c.setVariables()).isEqualTo(Map.of("GREETING", "hi", "REGION", "eu"));
        assertThat(c.removeVariables()).containsExactly("MODE");
    }

    @Test
    void theNewestOfficialRuntimeIsOfferedToAProgramOnAnotherOneAndBecomesAReferenceChange() {
        ProgramSettings b = before();
        assertThat(SettingsDiff.offersNewestRuntime(b)).isTrue();
        SettingsEdit e = new SettingsEdit(1, 256, 30, b.variables(), false, true, true, b.volumes());

        assertThat(SettingsDiff.lines(b, e)).singleElement().satisfies(l -> {
            assertThat(l.what()).isEqualTo("Runtime");
            assertThat(l.before()).contains("not an official one");
            assertThat(l.after()).contains("newest official runtime");
        });
        assertThat(SettingsDiff.change(b, e, null).references())
                .containsExactly(new ReferenceChange(Reference.Role.RUNTIME, null, OfficialRuntimes.newest(), true));

        ProgramSettings current = new ProgramSettings(1, 256, 30, Map.of(), false, true, OfficialRuntimes.newest(), List.of());
        assertThat(SettingsDiff.offersNewestRuntime(current)).isFalse();
        SettingsEdit asked = new SettingsEdit(1, 256, 30, Map.of(), false, true, true, List.of());
        assertThat(SettingsDiff.change(current, asked, null).isEmpty()).as("already on the newest: nothing to do").isTrue();
    }

    @Test
    void volumesAreAddedRemovedAndRepointedByMount() {
        ProgramSettings b = before();
        SettingsEdit e = new SettingsEdit(1, 256, 30, b.variables(), false, true, false, List.of(
                ProgramSettings.MountedVolume.immutable("/data", DATA, true),
                ProgramSettings.MountedVolume.immutable("/assets", ASSETS, true)));

        assertThat(SettingsDiff.lines(b, e)).extracting(SettingsDiff.Line::kind, SettingsDiff.Line::what).containsExactly(
                tuple(SettingsDiff.Kind.ADDED, "Volume at /assets"),
                tuple(SettingsDiff.Kind.CHANGED, "Volume at /data"));
        assertThat(SettingsDiff.change(b, e, null).volumes()).containsExactly(VolumeChange.remove("/data"),
                VolumeChange.add("/assets", ASSETS, true), VolumeChange.add("/data", DATA, true));

        SettingsEdit none = new SettingsEdit(1, 256, 30, b.variables(), false, true, false, List.of());
        assertThat(SettingsDiff.change(b, none, null).volumes()).containsExactly(VolumeChange.remove("/data"));
    }

    @Test
    void whatAPreviousStepHandedOverIsKeptUnderTheEdit() {
        ProgramSettings b = before();
        SettingsChange handed = new SettingsChange(4, null, null, Map.of("A", "1"), null, null, null, null,
                List.of(ReferenceChange.followLatest(Reference.Role.CODE, null, ASSETS)));
        SettingsEdit e = new SettingsEdit(2, 256, 30, b.variables(), false, true, false, b.volumes());

        SettingsChange c = SettingsDiff.change(b, e, handed);

        assertThat(c.vcpus()).as("the user's edit wins").isEqualTo(2);
        assertThat(c.setVariables()).containsEntry("A", "1");
        assertThat(c.references()).hasSize(1);
    }

    @Test
    void settingsAreReadFromAProgramContent() {
        ProgramContent content = new ProgramContent(Json.parseObject("""
                {"variables":{"GREETING":"hello"},"environment":{"internet":true},"resources":{"vcpus":2,"memory":512,"seconds":60},
                 "on":{"http":true,"persistent":true},"runtime":{"ref":"%s","use_latest":true,"comment":""},
                 "volumes":[{"mount":"/data","ref":"%s","use_latest":false},{"mount":"/tmp","ephemeral":true,"size_mib":5}]}
                """.formatted(OLD_RUNTIME, DATA)));

        ProgramSettings s = ProgramSettings.of(content);

        assertThat(s).isEqualTo(new ProgramSettings(2, 512, 60, Map.of("GREETING", "hello"), true, true, OLD_RUNTIME,
                List.of(ProgramSettings.MountedVolume.immutable("/data", DATA, false), ProgramSettings.MountedVolume.ephemeral("/tmp", 5))));
    }

    @Test
    void ephemeralAndPersistentVolumesAreAddedResizedAndRemovedWithTheirSizesInTheDiff() {
        ProgramSettings b = new ProgramSettings(1, 256, 30, Map.of(), false, true, OLD_RUNTIME, List.of(
                ProgramSettings.MountedVolume.immutable("/data", DATA, false),
                ProgramSettings.MountedVolume.persistent("/state", "db", 500, "host"),
                ProgramSettings.MountedVolume.ephemeral("/scratch", 10)));
        SettingsText.Parsed<List<ProgramSettings.MountedVolume>> edited = SettingsText.volumes("""
                /data = %s pinned
                /state = persistent db 800 MiB host
                /tmp = ephemeral 64 MiB
                /cache = persistent cache 100
                """.formatted(DATA));
        assertThat(edited.problem()).isNull();
        SettingsEdit e = new SettingsEdit(1, 256, 30, Map.of(), false, true, false, edited.value());

        assertThat(SettingsDiff.lines(b, e)).extracting(SettingsDiff.Line::kind, SettingsDiff.Line::what, SettingsDiff.Line::before,
                SettingsDiff.Line::after).containsExactlyInAnyOrder(
                tuple(SettingsDiff.Kind.CHANGED, "Volume at /state", "persistent db, 500 MiB (host)", "persistent db, 800 MiB (host)"),
                tuple(SettingsDiff.Kind.ADDED, "Volume at /tmp", "", "ephemeral, 64 MiB"),
                tuple(SettingsDiff.Kind.ADDED, "Volume at /cache", "", "persistent cache, 100 MiB (host)"),
                tuple(SettingsDiff.Kind.REMOVED, "Volume at /scratch", "ephemeral, 10 MiB", ""));
        assertThat(SettingsDiff.change(b, e, null).volumes()).containsExactlyInAnyOrder(
                VolumeChange.resize("/state", 800),
                VolumeChange.remove("/scratch"),
                VolumeChange.addEphemeral("/tmp", 64),
                VolumeChange.addPersistent("/cache", "cache", 100, "host"));
    }

    @Test
    void theVolumesTextRoundTripsEveryKind() {
        List<ProgramSettings.MountedVolume> volumes = List.of(ProgramSettings.MountedVolume.immutable("/data", DATA, true),
                ProgramSettings.MountedVolume.ephemeral("/tmp", 64), ProgramSettings.MountedVolume.persistent("/state", "db", 500, "host"));
        assertThat(SettingsText.volumes(SettingsText.volumes(volumes)).value()).isEqualTo(volumes);
    }

    @Test
    void volumeProblemsSayWhatWhyAndWhatToDo() {
        assertThat(SettingsText.volumes("/tmp = ephemeral 1001 MiB").problem())
                .contains("1,001 MiB").contains("1 to 1,000 MiB").contains("Give a size in that range");
        assertThat(SettingsText.volumes("/state = persistent db 1953126").problem()).contains("1 to 1,953,125 MiB");
        assertThat(SettingsText.volumes("/state = persistent db 10 store").problem())
                .contains("store").contains("would not start").contains("Write \"host\"");
        assertThat(SettingsText.volumes("/tmp = ephemeral lots").problem()).contains("whole number of MiB");
        assertThat(SettingsText.volumes("/state = persistent db").problem()).contains("size as a whole number");
        assertThat(SettingsText.volumes("tmp = ephemeral 5").problem()).contains("absolute mount path");
        assertThat(SettingsText.volumes("/" + "m".repeat(300) + " = ephemeral 5").problem()).contains("256 characters");
    }
}
