package org.alephdeploy.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The header warns when the credits last less than 7 days. */
class AccountFormatTest {
    private static final String ADDRESS = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

    @Test
    void aShortRunwayIsShownWithTheCredits() {
        AccountSummary shortRunway = new AccountSummary("main", ADDRESS, BigDecimal.TEN, 200_000L, false, new BigDecimal("36.36"));
        assertThat(shortRunway.runwayShort()).isTrue();
        assertThat(AccountFormat.funds(shortRunway)).contains("run out in 1.5 days");
        AccountSummary longRunway = new AccountSummary("main", ADDRESS, BigDecimal.TEN, 200_000L, false, new BigDecimal("168"));
        assertThat(longRunway.runwayShort()).isFalse();
        assertThat(AccountFormat.funds(longRunway)).doesNotContain("run out");
        assertThat(AccountFormat.funds(new AccountSummary("main", ADDRESS, BigDecimal.TEN, 200_000L, false))).doesNotContain("run out");
    }
}
