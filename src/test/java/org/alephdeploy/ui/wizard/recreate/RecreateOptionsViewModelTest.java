package org.alephdeploy.ui.wizard.recreate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.deploy.plan.ArtifactEncoding;
import org.alephdeploy.deploy.plan.SettingsChange;
import org.alephdeploy.ui.fx.SyncFxTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recreate options' view model, without the toolkit. */
class RecreateOptionsViewModelTest {
    @TempDir
    Path temp;

    @Test
    void withoutNewCodeTheCurrentCodeIsKeptAndNextIsAllowed() {
        RecreateInputs inputs = new RecreateInputs();
        RecreateOptionsViewModel model = new RecreateOptionsViewModel(inputs, "static-site", new SyncFxTasks());
        assertThat(model.hint()).contains("static-site").contains("new hash and URL");
        assertThat(model.reason()).isEmpty();
        assertThat(model.carriedSettings()).isEmpty();
        assertThat(model.codeNoteProperty().get()).contains("runs the current code");
        assertThat(model.validProperty().get()).isTrue();
        assertThat(inputs.artifact()).isNull();
    }

    @Test
    void newCodeMustExistAndTheChoiceSaysWhatItIs() throws Exception {
        Path zip = Files.write(temp.resolve("site-v2.zip"), new byte[100]);
        RecreateInputs inputs = new RecreateInputs();
        RecreateOptionsViewModel model = new RecreateOptionsViewModel(inputs, "static-site", new SyncFxTasks());

        model.codeTextProperty().set(temp.resolve("missing.zip").toString());
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.errorProperty().get()).contains("Nothing is at").contains("Choose an existing file");

        model.choose(zip);
        assertThat(model.codeTextProperty().get()).isEqualTo(zip.toString());
        assertThat(model.codeNoteProperty().get()).contains("site-v2.zip");
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.validProperty().get()).isTrue();
        assertThat(inputs.artifact()).isEqualTo(zip);
    }

    @Test
    void theUpdatableChoiceSaysWhatTheNextChangeWillBe() {
        RecreateInputs inputs = new RecreateInputs();
        RecreateOptionsViewModel model = new RecreateOptionsViewModel(inputs, "static-site", new SyncFxTasks());
        assertThat(model.makeUpdatableProperty().get()).as("on by default").isTrue();
        assertThat(model.updatableWordsBinding().get()).contains("keeps the hash and URL");
        model.makeUpdatableProperty().set(false);
        assertThat(model.updatableWordsBinding().get()).contains("another recreate");
        model.deleteFirstProperty().set(true);
        assertThat(inputs.deleteFirstProperty().get()).isTrue();
    }

    @Test
    void aRefusalsRecreateCarriesTheChosenFileAndSettings() throws Exception {
        Path zip = Files.write(temp.resolve("site-v2.zip"), new byte[100]);
        LocalArtifact artifact = new LocalArtifact(zip.toString(), "0".repeat(64), 100, ArtifactEncoding.ZIP, false);
        Intent.Recreate offered = new Intent.Recreate("p".repeat(64), SettingsChange.resources(2, null, null), artifact, true, true);

        RecreateInputs inputs = RecreateInputs.of(offered);
        RecreateOptionsViewModel model = new RecreateOptionsViewModel(inputs, "static-site", new SyncFxTasks());

        assertThat(model.codeTextProperty().get()).isEqualTo(zip.toString());
        assertThat(model.validProperty().get()).isTrue();
        assertThat(inputs.change().vcpus()).isEqualTo(2);
        assertThat(model.deleteFirstProperty().get()).isTrue();
        assertThat(model.carriedSettings()).isEqualTo("The settings you changed are carried over to the new program: 2 vCPU(s).");
    }
}
