package org.alephdeploy.ui.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.alephdeploy.ui.demo.DemoInventorySource;
import org.alephdeploy.ui.shell.Network;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FirstScreenFeedTest {
    private List<ProgramRow> demo;
    private final ObservableList<ProgramRow> target = FXCollections.observableArrayList();
    private final FirstScreenFeed feed = new FirstScreenFeed(target);
    private volatile int size;

    @BeforeEach
    void demoRows() throws Exception {
        demo = new DemoInventorySource().load(Network.mainnet()).programs();
    }

    private List<ProgramRow> rows(int count) {
        return IntStream.range(0, count).mapToObj(i -> demo.get(i % demo.size())).toList();
    }

    @Test
    void aBigListReachesAnEmptyTableAFewRowsPerPulseThenWhole(FxRobot robot) throws Exception {
        List<ProgramRow> big = rows(500);
        int[] sizes = new int[1];
        robot.interact(() -> {
            target.addListener((ListChangeListener<ProgramRow>) c -> size = target.size());
            feed.replace(big);
            sizes[0] = target.size();
        });
        assertThat(sizes[0]).isEqualTo(FirstScreenFeed.PER_PULSE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> size == big.size());
        robot.interact(() -> assertThat(target).containsExactlyElementsOf(big));
    }

    @Test
    void aSmallListOrOneReplacingAFullScreenGoesInAtOnce(FxRobot robot) {
        List<ProgramRow> small = rows(FirstScreenFeed.SCREENFUL);
        List<ProgramRow> big = rows(300);
        robot.interact(() -> {
            feed.replace(small);
            assertThat(target).containsExactlyElementsOf(small);
            feed.replace(big);
            assertThat(target).containsExactlyElementsOf(big);
        });
    }
}
