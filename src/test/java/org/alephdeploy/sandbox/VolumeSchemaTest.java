package org.alephdeploy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.alephdeploy.message.ContentWriter;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The node judges a PROGRAM's ephemeral and persistent volumes as the network does (P-3.3): sizes
 * are strict JSON integers within 1..1000 MiB (ephemeral) and 1..1,953,125 MiB (persistent),
 * persistence is host or store, labels have at most 256 characters, and unknown keys are refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VolumeSchemaTest {
    private NodeHarness h;
    private String code;

    @BeforeAll
    void start() {
        h = NodeHarness.start();
        code = h.processedStore(NodeHarness.A, "code for volume schema").itemHash();
    }

    @AfterAll
    void stop() {
        h.close();
    }

    private Message program(String volume) {
        ObjectNode content = h.programContent(NodeHarness.A.address(), code, true, true, null);
        content.withArray("volumes").add(Json.parse(volume));
        return h.sign(NodeHarness.A, MessageType.PROGRAM, ContentWriter.canonicalProgram(content));
    }

    /** The node's final word on {@code m}: refused at the door (HTTP 422) or after processing. */
    private String verdict(Message m) {
        NodeHarness.Res r = h.submit(m, true);
        if (r.status() == 422) {
            return "rejected";
        }
        JsonNode v = h.awaitFinal(m.itemHash());
        return v.path("status").asText();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"mount\":\"/x\",\"ephemeral\":true,\"size_mib\":1001}",
        "{\"mount\":\"/x\",\"ephemeral\":true,\"size_mib\":0}",
        "{\"mount\":\"/x\",\"ephemeral\":true,\"size_mib\":5.0}",
        "{\"mount\":\"/x\",\"ephemeral\":true,\"size_mib\":\"5\"}",
        "{\"mount\":\"/x\",\"persistence\":\"host\",\"size_mib\":1953126}",
        "{\"mount\":\"/x\",\"persistence\":\"cloud\",\"size_mib\":5}",
        "{\"mount\":\"/x\",\"ephemeral\":true,\"size_mib\":5,\"color\":1}",
        "{\"mount\":\"/x\",\"persistence\":\"host\",\"size_mib\":5,\"name\":\"%s\"}"
    })
    void aVolumeOutsideTheDocumentedLimitsIsRejected(String volume) {
        String v = volume.replace("%s", "n".repeat(257));
        assertThat(verdict(program(v))).as(v).isEqualTo("rejected");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"mount\":\"/x\",\"ephemeral\":true,\"size_mib\":1000}",
        "{\"mount\":\"/x\",\"persistence\":\"host\",\"name\":\"db\",\"size_mib\":1953125,\"comment\":\"state\"}"
    })
    void aVolumeAtTheLimitsIsAccepted(String volume) {
        assertThat(verdict(program(volume))).as(volume).isEqualTo("processed");
    }

    @Test
    void theSameContentWithinTheLimitsIsProcessedSoTheRefusalsAreAboutTheVolume() {
        assertThat(verdict(program("{\"mount\":\"/x\",\"ephemeral\":true,\"size_mib\":5}"))).isEqualTo("processed");
    }
}
