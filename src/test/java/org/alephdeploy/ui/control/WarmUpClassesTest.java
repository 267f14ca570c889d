package org.alephdeploy.ui.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The list of classes to load before the first table row, and the order of what waits for them. */
@ExtendWith(ApplicationExtension.class)
class WarmUpClassesTest {
    @Start
    void start(Stage stage) {
        // the toolkit only
    }

    @Test
    void everyListedClassExists() {
        List<String> names = WarmUpClasses.names();
        assertThat(names).as("classes in " + WarmUpClasses.LIST).hasSizeGreaterThan(50).doesNotHaveDuplicates();
        ClassLoader loader = WarmUpClasses.class.getClassLoader();
        assertThat(names).allSatisfy(name -> assertThat(Class.forName(name, false, loader)).isNotNull());
    }

    @Test
    void whatWaitsForTheClassesRunsOnTheFxThreadInTheOrderItCame() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        for (String name : List.of("first", "second", "third")) {
            WarmUpClasses.thenOnFx(() -> ran.add(name + (Platform.isFxApplicationThread() ? "" : " off the FX thread")));
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ran.size() == 3);
        assertThat(ran).containsExactly("first", "second", "third");
    }
}
