package org.alephdeploy.ui.wizard.pincid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The CID page's view model, without the toolkit: the shape is checked as typed, with what to do. */
class CidViewModelTest {
    static final String CID_V0 = "QmWATWQ7fVPP2EFGu71UkfnqhYXDYH566qy47CnJDgvs8u";

    @Test
    void aCidAllowsNextAndEmptyWaitsWithoutAnError() {
        PinCidInputs inputs = new PinCidInputs("");
        CidViewModel model = new CidViewModel(inputs, null);
        assertThat(model.hint()).contains("new volume");
        assertThat(model.errorBinding().get()).isEmpty();
        assertThat(model.validBinding().get()).isFalse();

        model.cidProperty().set("  " + CID_V0 + " ");

        assertThat(model.errorBinding().get()).isEmpty();
        assertThat(model.validBinding().get()).isTrue();
    }

    @Test
    void eachWrongShapeSaysWhatIsWrongAndWhatToDo() {
        CidViewModel model = new CidViewModel(new PinCidInputs(""), "assets");
        assertThat(model.hint()).contains("assets");

        model.cidProperty().set(CID_V0.substring(0, 40));
        assertThat(model.errorBinding().get()).contains("46 characters").contains("this one has 40").contains("Copy the CID again");
        model.cidProperty().set("a".repeat(64));
        assertThat(model.errorBinding().get()).contains("not an IPFS CID").contains("Roll back");
        model.cidProperty().set("hello");
        assertThat(model.errorBinding().get()).contains("not an IPFS CID").contains("Copy the CID again");
        assertThat(model.validBinding().get()).isFalse();
    }
}
