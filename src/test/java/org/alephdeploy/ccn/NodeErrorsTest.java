package org.alephdeploy.ccn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.MessageStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NodeErrorsTest {
    private static final Set<Integer> PROTOCOL_CODES = Set.of(-1, 0, 1, 2, 3, 4, 5, 6, 100, 101, 102, 200, 201, 202, 300,
            301, 302, 303, 304, 500, 501, 502, 503, 504);

    @Test
    void theTableCoversEveryProtocolCodeAndNothingElse() {
        assertThat(NodeErrors.errorCodes()).containsExactlyInAnyOrderElementsOf(PROTOCOL_CODES);
    }

    @Test
    void theTableCoversTheHttpStatusesClientsMeet() {
        assertThat(NodeErrors.httpStatuses()).contains(400, 402, 403, 404, 413, 422, 429, 500, 502, 503, 504);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 1, 2, 3, 4, 5, 6, 100, 101, 102, 200, 201, 202, 300, 301, 302, 303, 304, 500, 501, 502, 503, 504})
    void everyCodeHasThreeSentences(int code) {
        Explanation e = NodeErrors.forErrorCode(code, null);
        assertSentences(e);
        assertThat(e.text()).doesNotContain("error code " + code);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 402, 403, 404, 410, 413, 422, 429, 500, 502, 503, 504, 507})
    void everyStatusHasThreeSentences(int status) {
        assertSentences(NodeErrors.forHttpStatus(status, null));
    }

    @Test
    void unreachableHasThreeSentencesAndNamesTheNodes() {
        Explanation e = NodeErrors.unreachable(List.of("http://a", "http://b"), null);
        assertSentences(e);
        assertThat(e.what()).contains("http://a").contains("http://b");
    }

    @Test
    void amendNotAllowedReadsAsSpecified() {
        assertThat(NodeErrors.forErrorCode(302, null).text()).isEqualTo("The program was not changed. It was created with"
                + " allow_amend false, so the network refuses amendments to it. Delete and re-create it instead (Aleph"
                + " Deploy's recreate wizard does this safely).");
    }

    @Test
    void balanceDetailsNameRequiredAndAvailable() {
        var details = Json.parseObject("{\"errors\":[{\"account_balance\":\"0\",\"required_balance\":\"4213.26\"}]}");
        assertThat(NodeErrors.forErrorCode(5, details).why()).contains("needs 4213.26 ALEPH").contains("has 0 ALEPH");
    }

    @Test
    void creditDetailsNameRequiredAndAvailable() {
        var details = Json.parseObject("{\"errors\":[{\"required_credits\":\"86400\",\"account_credits\":\"10\",\"min_runtime_days\":1}]}");
        assertThat(NodeErrors.forErrorCode(6, details).why()).contains("86400 credits").contains("has 10");
    }

    @Test
    void fileInUseNamesTheProgram() {
        var details = Json.parseObject("{\"errors\":[\"File " + "a".repeat(64) + " used on vm " + "b".repeat(64) + "\"]}");
        assertThat(NodeErrors.forErrorCode(503, details).why()).contains("is used by program " + "b".repeat(64));
    }

    @Test
    void missingVolumesAreListed() {
        var details = Json.parseObject("{\"errors\":[\"" + "a".repeat(64) + "\",\"" + "b".repeat(64) + "\"]}");
        assertThat(NodeErrors.forErrorCode(301, details).why()).contains("Not found: " + "a".repeat(64) + ", " + "b".repeat(64));
    }

    @Test
    void volumeTooSmallGivesBothSizes() {
        var details = Json.parseObject("{\"errors\":[{\"volume_name\":\"data\",\"parent_ref\":\"r\",\"parent_file\":\"f\","
                + "\"parent_size\":2048,\"volume_size\":1024}]}");
        assertThat(NodeErrors.forErrorCode(304, details).why()).contains("'data' has size 1024").contains("has size 2048");
    }

    @Test
    void forgetTargetsAreNamed() {
        var details = Json.parseObject("{\"errors\":[{\"message\":\"" + "e".repeat(64) + "\"}]}");
        assertThat(NodeErrors.forErrorCode(501, details).why()).contains("e".repeat(64));
    }

    @Test
    void unknownCodesAndStatusesStillExplainThemselves() {
        assertSentences(NodeErrors.forErrorCode(999, Json.parseObject("{\"errors\":[\"boom\"]}")));
        assertThat(NodeErrors.forErrorCode(999, null).what()).contains("999");
        assertSentences(NodeErrors.forHttpStatus(418, "teapot"));
        assertThat(NodeErrors.forHttpStatus(418, "teapot").why()).contains("teapot");
    }

    @Test
    void longNodeTextIsClipped() {
        String body = "x".repeat(5000);
        assertThat(NodeErrors.forHttpStatus(400, body).why().length()).isLessThan(600);
    }

    @Test
    void aRejectedRecordBecomesATypedError() {
        var details = Json.parseObject("{\"errors\":[{\"account_balance\":\"1\",\"required_balance\":\"2\"}]}");
        MessageRecord record = new MessageRecord(MessageStatus.REJECTED, "f".repeat(64), null, 5, details, null, null, null);
        NodeError error = record.rejection("http://node");
        assertThat(error.kind()).isEqualTo(NodeError.Kind.REJECTED);
        assertThat(error.errorCode()).isEqualTo(5);
        assertThat(error.details()).isEqualTo(details);
        assertThat(error.isUnreachable()).isFalse();
        assertThat(error.getMessage()).contains("needs 2 ALEPH");
    }

    private static void assertSentences(Explanation e) {
        for (String s : List.of(e.what(), e.why(), e.todo())) {
            assertThat(s).isNotBlank();
            assertThat(s.strip()).matches("(?s)[A-Z].*[.)]");
        }
    }
}
