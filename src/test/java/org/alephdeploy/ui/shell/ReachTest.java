package org.alephdeploy.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReachTest {
    @Test
    void theVersionCheckDecidesWhateverCameBefore() {
        for (Reach before : Reach.values()) {
            assertThat(Reach.probed(true)).as("from %s", before).isEqualTo(Reach.NODE_ANSWERED);
            assertThat(Reach.probed(false)).as("from %s", before).isEqualTo(Reach.NODE_DOWN);
        }
    }

    @Test
    void listingFollowsAnAnsweredVersionCheckOnly() {
        assertThat(Reach.NODE_ANSWERED.listed(true)).isEqualTo(Reach.ONLINE);
        assertThat(Reach.NODE_ANSWERED.listed(false)).isEqualTo(Reach.LISTING_FAILED);
        for (Reach other : new Reach[] {Reach.UNKNOWN, Reach.ONLINE, Reach.NODE_DOWN, Reach.LISTING_FAILED}) {
            assertThatThrownBy(() -> other.listed(true)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void onlyADownNodeReplacesTheBannerReasonAndOnlyAFailedListingKeepsLoading() {
        for (Reach r : Reach.values()) {
            assertThat(r.replacesBannerReason()).as("%s", r).isEqualTo(r == Reach.NODE_DOWN);
            assertThat(r.listingEndsLoading()).as("%s", r).isEqualTo(r != Reach.LISTING_FAILED);
        }
    }
}
