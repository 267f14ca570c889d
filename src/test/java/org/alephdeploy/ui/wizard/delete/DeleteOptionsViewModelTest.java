package org.alephdeploy.ui.wizard.delete;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The delete options' view model, without the toolkit. */
class DeleteOptionsViewModelTest {
    @Test
    void theHintNamesTheUrlThatStopsAndTheVolumesChoiceSaysWhatHappens() {
        DeleteInputs inputs = new DeleteInputs(false);
        DeleteOptionsViewModel model = new DeleteOptionsViewModel(inputs, "web-api", "https://aleph.sh/vm/abc");
        assertThat(model.hint()).contains("web-api").contains("https://aleph.sh/vm/abc").contains("stops working for good");
        assertThat(model.volumesWordsBinding().get()).contains("stay on the network");

        model.forgetUnusedVolumesProperty().set(true);

        assertThat(inputs.forgetUnusedVolumesProperty().get()).isTrue();
        assertThat(model.volumesWordsBinding().get()).contains("forgotten too");
    }
}
