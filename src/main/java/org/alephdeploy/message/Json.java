package org.alephdeploy.message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one JSON configuration of the project. Numbers keep their exact text ({@code 1767225610.0}
 * stays a decimal with one fractional digit), object keys keep their order.
 */
public final class Json {
    public static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /**
     * Limits on what is read: no Aleph message or answer nests 200 deep, and a deeper document
     * (a hostile node's 10,000-deep answer) is refused at once rather than walked recursively.
     */
    public static final com.fasterxml.jackson.core.StreamReadConstraints READ_LIMITS =
            com.fasterxml.jackson.core.StreamReadConstraints.builder().maxNestingDepth(200)
                    .maxStringLength(64 * 1024 * 1024).maxNumberLength(1000).build();

    public static final ObjectMapper MAPPER = JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                    .streamReadConstraints(READ_LIMITS).build())
            .nodeFactory(NODES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // the node's json.loads refuses "{}x"; a content we hash must be one JSON value and nothing else
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /**
     * Reads one value where a parser stands inside a larger document (a listing's message, a
     * page's field): the rest of the document is not "trailing" there.
     */
    public static final ObjectReader IN_STREAM = MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {
    }

    /** Parses JSON text; a syntax error becomes a {@link MessageFormatException}. */
    public static JsonNode parse(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new MessageFormatException("empty JSON text");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new MessageFormatException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Parses JSON text that must be an object. */
    public static ObjectNode parseObject(String text) {
        JsonNode node = parse(text);
        if (!node.isObject()) {
            throw new MessageFormatException("expected a JSON object");
        }
        return (ObjectNode) node;
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** Pretty text for people (raw JSON views); never for hashing. */
    public static String pretty(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compact text with Jackson's defaults, for HTTP bodies and files; never for hashing. */
    public static String compact(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
