package org.alephdeploy.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.alephdeploy.ui.fx.SyncFxTasks;
import org.alephdeploy.ui.wizard.updatecode.UpdateCodeInputs;
import org.alephdeploy.ui.wizard.uploadvolume.UploadVolumeInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "choose the file" page's view model, without the toolkit: what the path holds decides Next. */
class FileChoiceViewModelTest {
    @TempDir
    Path temp;

    @Test
    void anExistingFileIsDescribedByNameAndSizeAndAllowsNext() throws Exception {
        Path zip = Files.write(temp.resolve("api-2.4.zip"), new byte[2048]);
        UpdateCodeInputs inputs = new UpdateCodeInputs(null);
        FileChoiceViewModel model = new FileChoiceViewModel(inputs, "hint", new SyncFxTasks());
        assertThat(model.validProperty().get()).isFalse();

        model.pathTextProperty().set(zip.toString());

        assertThat(inputs.artifact()).isEqualTo(zip);
        assertThat(model.probeProperty().get()).contains("api-2.4.zip").contains("2");
        assertThat(model.problemProperty().get()).isFalse();
        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.asksName()).isFalse();
    }

    @Test
    void aMissingPathSaysWhatAndWhatToDoAndKeepsNextOff() {
        UpdateCodeInputs inputs = new UpdateCodeInputs(null);
        FileChoiceViewModel model = new FileChoiceViewModel(inputs, "hint", new SyncFxTasks());

        model.choose(temp.resolve("gone.zip"));

        assertThat(model.pathTextProperty().get()).endsWith("gone.zip");
        assertThat(model.problemProperty().get()).isTrue();
        assertThat(model.probeProperty().get()).contains("Nothing is at").contains("Choose an existing file or folder");
        assertThat(model.validProperty().get()).isFalse();
    }

    @Test
    void aFolderIsAcceptedAndClearingThePathClearsTheChoice() throws Exception {
        UpdateCodeInputs inputs = new UpdateCodeInputs(temp);
        FileChoiceViewModel model = new FileChoiceViewModel(inputs, "hint", new SyncFxTasks());
        assertThat(model.pathTextProperty().get()).isEqualTo(temp.toString());
        assertThat(model.probeProperty().get()).startsWith("A folder");
        assertThat(model.validProperty().get()).isTrue();

        model.pathTextProperty().set("  ");

        assertThat(inputs.artifact()).isNull();
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.probeProperty().get()).isEmpty();
    }

    @Test
    void aNewVolumeAlsoAsksForItsName() {
        UploadVolumeInputs inputs = new UploadVolumeInputs(null, "assets");
        FileChoiceViewModel model = new FileChoiceViewModel(inputs, "hint", new SyncFxTasks());
        assertThat(model.asksName()).isTrue();
        model.nameProperty().set("  site-assets ");
        assertThat(inputs.chosenName()).isEqualTo("site-assets");
        model.nameProperty().set(" ");
        assertThat(inputs.chosenName()).isNull();
    }
}
