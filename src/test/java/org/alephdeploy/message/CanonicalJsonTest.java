package org.alephdeploy.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Expected texts are what Python's {@code json.dumps(x, separators=(",", ":"))} prints. */
class CanonicalJsonTest {
    @Test
    void escapesLikePythonEnsureAscii() {
        ObjectNode n = Json.object();
        n.put("k", "é\u0001\u007f😀\"\\/\n\t\b\f\r\u2028 ~\u0000\u001f\u00a0\uffff");

        assertThat(CanonicalJson.write(n)).isEqualTo(
                "{\"k\":\"\\u00e9\\u0001\\u007f\\ud83d\\ude00\\\"\\\\/\\n\\t\\b\\f\\r\\u2028 ~\\u0000\\u001f\\u00a0\\uffff\"}");
    }

    @Test
    void escapesKeysToo() {
        ObjectNode n = Json.object();
        n.put("é", 1);

        assertThat(CanonicalJson.write(n)).isEqualTo("{\"\\u00e9\":1}");
    }

    @Test
    void hexEscapesAreLowercase() {
        ObjectNode n = Json.object();
        n.put("k", "\u00AB\u00CD\u00EF");

        assertThat(CanonicalJson.write(n)).isEqualTo("{\"k\":\"\\u00ab\\u00cd\\u00ef\"}").doesNotContainPattern("[A-F]");
    }

    @Test
    void loneSurrogatesAreWrittenAsEscapes() {
        ObjectNode n = Json.object();
        n.put("k", "a\ud800b\udfffc");

        assertThat(CanonicalJson.write(n)).isEqualTo("{\"k\":\"a\\ud800b\\udfffc\"}");
        assertThat(CanonicalJson.write(Json.parse(CanonicalJson.write(n)))).isEqualTo(CanonicalJson.write(n));
    }

    @Test
    void compactWithKeysInGivenOrder() {
        String text = "{ \"z\" : [ 1 , true , null , { } , [ ] ] , \"a\" : \"x\" }";

        assertThat(CanonicalJson.write(Json.parse(text))).isEqualTo("{\"z\":[1,true,null,{},[]],\"a\":\"x\"}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1767225610.0|1767225610.0",
        "0.1|0.1",
        "1E+3|1000.0",
        "1e3|1000.0",
        "1.5e2|150.0",
        "-1.5|-1.5",
        "1.50|1.50",
        "1e-7|0.0000001",
        "2.5E-3|0.0025",
        "1767225610.773|1767225610.773",
        "1e15|1000000000000000.0",
        "12345678901234567890|12345678901234567890",
        "-9223372036854775809|-9223372036854775809",
        "0|0",
        "0.0|0.0",
        "42|42"})
    void numbersNeverUseAnExponent(String json, String expected) {
        assertThat(CanonicalJson.write(Json.parse("[" + json + "]"))).isEqualTo("[" + expected + "]");
    }

    @Test
    void decimalOfNegativeScales() {
        assertThat(CanonicalJson.decimal(new BigDecimal("1E+3"))).isEqualTo("1000.0");
        assertThat(CanonicalJson.decimal(BigDecimal.valueOf(5, -2))).isEqualTo("500.0");
        assertThat(CanonicalJson.decimal(new BigDecimal(BigInteger.valueOf(-7), -3))).isEqualTo("-7000.0");
        assertThat(CanonicalJson.decimal(BigDecimal.ZERO)).isEqualTo("0.0");
        assertThat(CanonicalJson.decimal(new BigDecimal("0.10"))).isEqualTo("0.10");
        assertThat(CanonicalJson.decimal(new BigDecimal("1767225600"))).isEqualTo("1767225600.0");
    }

    @Test
    void doublesPutByCodeAreWrittenPlain() {
        ObjectNode n = Json.object();
        n.put("a", 1e20);
        n.put("b", 0.5);
        n.put("c", 1767225610.0);

        assertThat(CanonicalJson.write(n)).isEqualTo("{\"a\":100000000000000000000.0,\"b\":0.5,\"c\":1767225610.0}");
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void nanAndInfinityAreRefused(double value) {
        ObjectNode n = Json.object();
        n.put("t", value);

        assertThatThrownBy(() -> CanonicalJson.write(n)).isInstanceOf(MessageFormatException.class).hasMessageContaining("NaN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[NaN]", "[Infinity]", "[-Infinity]", "{\"a\":1}x", "{\"a\":1}{}", "", "{'a':1}", "[1,]"})
    void parserRefusesWhatPythonJsonLoadsRefuses(String text) {
        assertThatThrownBy(() -> Json.parse(text)).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void exactDecimalsSurviveParsing() {
        assertThat(Json.parse("[1767225610.0]").get(0).decimalValue().scale()).isEqualTo(1);
        assertThat(Json.parse("[0.30000000000000004]").get(0).decimalValue()).isEqualTo(new BigDecimal("0.30000000000000004"));
    }
}
