package org.alephdeploy.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ErrorReportTest {
    private static IllegalStateException failAt(String what) {
        return new IllegalStateException(what, new IOException("disk"));
    }

    @Test
    void theCodeIsShortAndStablePerFailureSite() {
        String first = ErrorReport.codeOf(failAt("a"));
        String second = ErrorReport.codeOf(failAt("b"));

        assertThat(first).matches("[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(second).isEqualTo(first);
        assertThat(ErrorReport.codeOf(new IllegalArgumentException("x"))).isNotEqualTo(first);
    }

    @Test
    void unexpectedErrorsGetAGenericSentenceAndFullDetails() {
        ErrorReport report = ErrorReport.unexpected(failAt("journal truncated"));

        assertThat(report.sentence()).contains("IllegalStateException").doesNotContain("journal truncated");
        assertThat(report.details()).contains("journal truncated").contains("Caused by: java.io.IOException: disk")
                .contains("at org.alephdeploy.ui.fx.ErrorReportTest");
    }

    @Test
    void userFacingFailuresKeepTheirSentence() {
        String sentence = "The keystore file is not readable. Check its permissions and try again.";
        assertThat(ErrorReport.unexpected(new UserFacingException(sentence)).sentence()).isEqualTo(sentence);
    }
}
