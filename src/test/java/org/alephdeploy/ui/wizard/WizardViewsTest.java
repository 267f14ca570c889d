package org.alephdeploy.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alephdeploy.ui.fx.ViewId;
import org.junit.jupiter.api.Test;

/** The registry says of each wizard view what its FXML says: the test reads the FXML, the app never does. */
class WizardViewsTest {
    private static final Pattern CONTROLLER = Pattern.compile("fx:controller\\s*=\\s*\"([^\"]+)\"");

    @Test
    void eachRegisteredViewNamesItsControllerInItsFxml() throws IOException {
        for (ViewId<?> view : WizardViews.ALL) {
            try (InputStream in = WizardViews.class.getResourceAsStream(view.resource())) {
                assertThat(in).as(view.resource()).isNotNull();
                Matcher m = CONTROLLER.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                assertThat(m.find()).as(view.resource()).isTrue();
                assertThat(m.group(1)).as(view.resource()).isEqualTo(view.controller().getName());
            }
        }
    }

    @Test
    void findsAViewByItsFxmlAndRefusesAnUnregisteredOne() {
        assertThat(WizardViews.of(WizardPages.REVIEW)).isEqualTo(WizardViews.REVIEW);
        assertThatThrownBy(() -> WizardViews.of("/org/alephdeploy/ui/wizard/Nope.fxml"))
                .hasMessageContaining("Nope.fxml");
    }
}
