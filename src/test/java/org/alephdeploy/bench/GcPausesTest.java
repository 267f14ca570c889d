package org.alephdeploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GcPausesTest {
    @Test
    void countsTheCollectionsTheJvmRanSinceItsReset() throws InterruptedException {
        try (GcPauses collections = new GcPauses()) {
            collections.reset();
            System.gc();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            // the collectors notify on a thread of their own, after the collection
            while (collections.count() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }

            assertThat(collections.collector()).isNotBlank();
            assertThat(collections.count()).isPositive();
            assertThat(collections.longestMillis()).isLessThanOrEqualTo(collections.totalMillis());

            collections.reset();
            assertThat(collections.count()).isZero();
            assertThat(collections.totalMillis()).isZero();
        }
    }
}
