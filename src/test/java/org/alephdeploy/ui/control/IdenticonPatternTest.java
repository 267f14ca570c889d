package org.alephdeploy.ui.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class IdenticonPatternTest {
    private static final String ADDRESS = "0x9a3F5c1B7e2D4a6F8b0C1d2E3f4A5b6C7d8E9f0A";

    @Test
    void theSameAddressAlwaysGivesTheSamePictureWhateverItsCase() {
        IdenticonPattern a = IdenticonPattern.of(ADDRESS);
        IdenticonPattern b = IdenticonPattern.of(ADDRESS.toLowerCase());

        assertThat(Arrays.deepEquals(a.cells(), b.cells())).isTrue();
        assertThat(a.hue()).isEqualTo(b.hue()).isBetween(0, IdenticonPattern.HUES - 1);
    }

    @Test
    void thePictureIsMirroredLeftToRight() {
        IdenticonPattern p = IdenticonPattern.of(ADDRESS);
        for (int row = 0; row < IdenticonPattern.SIZE; row++) {
            for (int col = 0; col < IdenticonPattern.SIZE; col++) {
                assertThat(p.on(row, col)).isEqualTo(p.on(row, IdenticonPattern.SIZE - 1 - col));
            }
        }
    }

    @Test
    void differentAddressesGiveDifferentPictures() {
        IdenticonPattern a = IdenticonPattern.of(ADDRESS);
        IdenticonPattern b = IdenticonPattern.of("0xE0178501683a4C321Cb8D1dbEbc1d8B2ec5E1B3C");
        assertThat(Arrays.deepEquals(a.cells(), b.cells()) && a.hue() == b.hue()).isFalse();
    }
}
