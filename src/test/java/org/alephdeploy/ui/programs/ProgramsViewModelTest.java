package org.alephdeploy.ui.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.alephdeploy.ui.RecordingIntents;
import org.alephdeploy.ui.demo.DemoInventorySource;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.model.IntentState;
import org.alephdeploy.ui.shell.Network;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProgramsViewModelTest {
    private final RecordingIntents intents = new RecordingIntents();
    private final ProgramsViewModel vm = new ProgramsViewModel(intents);

    @BeforeEach
    void load() throws Exception {
        vm.setRows(new DemoInventorySource().load(Network.mainnet()).programs());
    }

    private ProgramRow row(String name) {
        return vm.rows().stream().filter(p -> name.equals(p.name())).findFirst().orElseThrow();
    }

    private List<String> shown() {
        return vm.rows().stream().map(ProgramRow::name).toList();
    }

    @Test
    void searchMatchesNameHashAndUrlIgnoringCase() {
        vm.searchProperty().set("INDEXER");
        assertThat(shown()).containsExactly("indexer-v2");

        String hashPart = row("indexer-v2").itemHash().substring(10, 20);
        vm.searchProperty().set("discord");
        vm.searchProperty().set(hashPart);
        assertThat(shown()).containsExactly("indexer-v2");

        vm.searchProperty().set("");
        assertThat(shown()).hasSize(6);
    }

    @Test
    void lockedOrPinnedFilterKeepsProgramsWithEitherLock() {
        vm.onlyLockedOrPinnedProperty().set(true);
        assertThat(shown()).containsExactlyInAnyOrder("image-resizer", "discord-bot", "indexer-v2", "legacy-api");

        vm.searchProperty().set("bot");
        assertThat(shown()).containsExactly("discord-bot");
        assertThat(vm.shownCount().get()).isEqualTo(1);
    }

    @Test
    void lockedProgramWithPinnedCodeCannotRollBackAndSaysWhy() {
        vm.selectedProperty().set(row("discord-bot"));

        IntentState rollBack = vm.intentState(ProgramIntent.ROLL_BACK).get();
        assertThat(rollBack.enabled()).isFalse();
        assertThat(rollBack.reason()).isEqualTo(I18n.get("programs.reason.rollBackLockedPinned"));
        IntentState update = vm.intentState(ProgramIntent.UPDATE_CODE).get();
        assertThat(update.enabled()).isTrue();
        assertThat(update.reason()).isEqualTo(I18n.get("programs.effect.updateCodeRecreate"));

        vm.start(ProgramIntent.ROLL_BACK);
        assertThat(intents.calls()).isEmpty();
    }

    @Test
    void followingCodeWithRevisionsCanRollBackInPlace() {
        vm.selectedProperty().set(row("weather-api"));

        assertThat(vm.intentState(ProgramIntent.ROLL_BACK).get().enabled()).isTrue();
        assertThat(vm.intentState(ProgramIntent.UPDATE_CODE).get().reason())
                .isEqualTo(I18n.get("programs.effect.updateCodeRevision"));
        vm.start(ProgramIntent.ROLL_BACK);
        assertThat(intents.calls()).containsExactly(new RecordingIntents.Call("rollBackCode", "weather-api", List.of()));
    }

    @Test
    void noSelectionDisablesEveryIntent() {
        for (ProgramIntent intent : ProgramIntent.values()) {
            assertThat(vm.intentState(intent).get().enabled()).as(intent.name()).isFalse();
        }
    }

    @Test
    void pendingAndForgottenProgramsExplainWhatIsPossible() {
        vm.selectedProperty().set(row("landing-page"));
        assertThat(vm.intentState(ProgramIntent.DELETE).get())
                .isEqualTo(IntentState.disabled(I18n.get("programs.reason.pending")));

        vm.selectedProperty().set(row("legacy-api"));
        assertThat(vm.intentState(ProgramIntent.UPDATE_CODE).get().enabled()).isFalse();
        assertThat(vm.intentState(ProgramIntent.RECREATE).get().enabled()).isTrue();
    }

    @Test
    void dropOnRowStartsUpdateCodeWithTheFiles() {
        Path zip = Path.of("dist", "weather-api.zip");

        assertThat(vm.dropOnRow(row("weather-api"), List.of(zip))).isTrue();
        assertThat(vm.dropOnRow(row("legacy-api"), List.of(zip))).isFalse();
        assertThat(intents.calls()).containsExactly(new RecordingIntents.Call("updateCode", "weather-api", List.of(zip)));
    }

    @Test
    void reloadingKeepsTheSelectedProgram() throws Exception {
        vm.selectedProperty().set(row("indexer-v2"));
        vm.setRows(new DemoInventorySource().load(Network.mainnet()).programs());
        assertThat(vm.selectedProperty().get().name()).isEqualTo("indexer-v2");
        assertThat(vm.intentState(ProgramIntent.DELETE).get().enabled()).isTrue();
    }

    @Test
    void oneColumnSaysWhatACodeUpdateDoesFromTheDecisionTable() {
        assertThat(row("weather-api").codeUpdate().kind()).isEqualTo(CodeUpdate.Kind.IN_PLACE);
        assertThat(row("weather-api").codeUpdate().text()).isEqualTo("in place — URL kept");
        assertThat(row("indexer-v2").codeUpdate().kind()).isEqualTo(CodeUpdate.Kind.AMEND);
        assertThat(row("indexer-v2").codeUpdate().text()).isEqualTo("new URL (amend)");
        assertThat(row("discord-bot").codeUpdate().kind()).isEqualTo(CodeUpdate.Kind.RECREATE);
        assertThat(row("discord-bot").codeUpdate().text()).isEqualTo("re-create — new URL");
        assertThat(row("legacy-api").codeUpdate().kind()).isEqualTo(CodeUpdate.Kind.NOT_POSSIBLE);

        ProgramRow broken = row("weather-api").withBootWords("the code at /opt/app is a zip, not a squashfs image. Upload again.");
        assertThat(broken.codeUpdate().kind()).isEqualTo(CodeUpdate.Kind.WONT_START);
        assertThat(broken.codeUpdate().text()).startsWith("will not start: the code at /opt/app").endsWith("…");
        assertThat(broken.codeUpdate().tip()).contains("a zip, not a squashfs image");
        assertThat(CodeUpdate.Kind.IN_PLACE.look()).isNotEqualTo(CodeUpdate.Kind.AMEND.look())
                .isNotEqualTo(CodeUpdate.Kind.WONT_START.look());
    }

    @Test
    void aMessageThatDoesNotVerifyIsFlaggedAndNoIntentActsOnIt() {
        ProgramRow lied = row("weather-api").withVerifyWords("its item hash is not the SHA-256 of item_content");
        vm.setRows(List.of(lied));
        vm.selectedProperty().set(vm.rows().get(0));

        assertThat(lied.statusBadges()).singleElement().satisfies(b -> assertThat(b.text()).isEqualTo("Does not verify"));
        assertThat(lied.codeUpdate().kind()).isEqualTo(CodeUpdate.Kind.DOES_NOT_VERIFY);
        for (ProgramIntent intent : ProgramIntent.values()) {
            IntentState state = vm.intentState(intent).get();
            assertThat(state.enabled()).as(intent.name()).isFalse();
            assertThat(state.reason()).contains("does not verify").contains("SHA-256");
        }
        assertThat(vm.dropOnRow(lied, List.of(Path.of("app.zip")))).isFalse();
        assertThat(intents.calls()).isEmpty();
    }

    @Test
    void offlineEveryIntentIsDisabledWithTheReasonAndComesBackOnline() {
        vm.selectedProperty().set(row("weather-api"));
        assertThat(vm.intentState(ProgramIntent.UPDATE_CODE).get().enabled()).isTrue();

        vm.offlineReasonProperty().set("Offline: Aleph mainnet does not answer.");

        assertThat(vm.intentState(ProgramIntent.UPDATE_CODE).get()).isEqualTo(IntentState.disabled("Offline: Aleph mainnet does not answer."));
        assertThat(vm.intentState(ProgramIntent.DELETE).get().enabled()).isFalse();
        assertThat(vm.dropOnRow(row("weather-api"), List.of(Path.of("app.zip")))).isFalse();

        vm.offlineReasonProperty().set(null);
        assertThat(vm.intentState(ProgramIntent.UPDATE_CODE).get().enabled()).isTrue();
    }

    @Test
    void openAndCopyUseTheAddressTheNetworkGives() {
        List<String> opened = new ArrayList<>();
        vm.openUrlProperty().set(opened::add);
        ProgramRow weather = row("weather-api");
        vm.open(weather);
        vm.addressProperty().set(p -> "http://127.0.0.1:4024/vm/" + p.itemHash() + "/");
        vm.open(weather);

        assertThat(opened).containsExactly(weather.url(), "http://127.0.0.1:4024/vm/" + weather.itemHash() + "/");
        assertThat(vm.addressOf(weather)).isEqualTo(opened.get(1));
    }
}
