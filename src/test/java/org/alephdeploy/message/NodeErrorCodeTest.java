package org.alephdeploy.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NodeErrorCodeTest {
    @Test
    void numbersAreUniqueAndFoundBack() {
        assertThat(Arrays.stream(NodeErrorCode.values()).map(NodeErrorCode::code).distinct())
                .hasSize(NodeErrorCode.values().length);
        for (NodeErrorCode c : NodeErrorCode.values()) {
            assertThat(NodeErrorCode.of(c.code())).isSameAs(c);
        }
        assertThat(NodeErrorCode.of(999)).isNull();
        assertThat(NodeErrorCode.of(504)).isEqualTo(NodeErrorCode.FORGOTTEN_DUPLICATE);
    }

    @Test
    void theCodesTheNodeRetriesAreMarked() {
        assertThat(Arrays.stream(NodeErrorCode.values()).filter(NodeErrorCode::retried).map(NodeErrorCode::code))
                .containsExactlyInAnyOrder(-1, 3, 4, 101, 200, 300, 301, 501);
    }

    @ParameterizedTest
    @EnumSource(NodeErrorCode.class)
    void everyCodeHasAClauseAndThreeSentences(NodeErrorCode c) {
        assertThat(c.phrase()).isNotBlank().doesNotEndWith(".");
        assertThat(Character.isLowerCase(c.phrase().charAt(0))).as(c.phrase()).isTrue();
        for (String sentence : new String[] {c.what(), c.why(), c.todo()}) {
            assertThat(sentence).endsWith(".");
            assertThat(Character.isUpperCase(sentence.charAt(0))).as(sentence).isTrue();
        }
    }
}
