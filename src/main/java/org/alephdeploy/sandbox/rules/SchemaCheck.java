package org.alephdeploy.sandbox.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.Json;
import java.util.Locale;

/**
 * Collects validation errors in the shape of pydantic's error dicts ({@code type, loc, msg, input})
 * while checking JSON values with pydantic's lax coercion rules (bools from 0/1 and "true"…,
 * integers from whole floats, no numbers for strings).
 */
final class SchemaCheck {
    private static final Set<String> TRUE = Set.of("1", "on", "t", "true", "y", "yes");
    private static final Set<String> FALSE = Set.of("0", "off", "f", "false", "n", "no");

    private final List<ObjectNode> errors = new ArrayList<>();

    List<ObjectNode> errors() {
        return errors;
    }

    boolean ok() {
        return errors.isEmpty();
    }

    ArrayNode errorsJson() {
        ArrayNode a = Json.array();
        errors.forEach(a::add);
        return a;
    }

    void error(String type, List<Object> loc, String msg, JsonNode input) {
        ObjectNode e = Json.object();
        e.put("type", type);
        ArrayNode l = e.putArray("loc");
        for (Object o : loc) {
            if (o instanceof Integer i) {
                l.add(i);
            } else {
                l.add(String.valueOf(o));
            }
        }
        e.put("msg", msg);
        if (input != null) {
            e.set("input", input);
        }
        errors.add(e);
    }

    static List<Object> loc(List<Object> base, Object... more) {
        List<Object> l = new ArrayList<>(base);
        l.addAll(List.of(more));
        return l;
    }

    /** Reports unknown keys of {@code obj} as {@code extra_forbidden}. */
    void forbidExtra(ObjectNode obj, Set<String> known, List<Object> at) {
        for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!known.contains(k)) {
                error("extra_forbidden", loc(at, k), "Extra inputs are not permitted", obj.get(k));
            }
        }
    }

    /** The field if present and not null; reports {@code missing} when required and absent. */
    JsonNode field(ObjectNode obj, String key, boolean required, List<Object> at) {
        JsonNode v = obj.get(key);
        if (v == null) {
            if (required) {
                error("missing", loc(at, key), "Field required", obj);
            }
            return null;
        }
        return v;
    }

    ObjectNode object(JsonNode v, List<Object> at, String typeName) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            error("model_type", at, "Input should be a valid dictionary or instance of " + typeName, v);
            return null;
        }
        return (ObjectNode) v;
    }

    ObjectNode dict(JsonNode v, List<Object> at, int maxEntries) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            error("dict_type", at, "Input should be a valid dictionary", v);
            return null;
        }
        if (maxEntries > 0 && v.size() > maxEntries) {
            error("too_long", at, "Dictionary should have at most " + maxEntries + " items after validation, not " + v.size(), v);
        }
        return (ObjectNode) v;
    }

    ArrayNode list(JsonNode v, List<Object> at, int maxItems) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isArray()) {
            error("list_type", at, "Input should be a valid list", v);
            return null;
        }
        if (maxItems > 0 && v.size() > maxItems) {
            error("too_long", at, "List should have at most " + maxItems + " items after validation, not " + v.size(), v);
        }
        return (ArrayNode) v;
    }

    Boolean bool(JsonNode v, List<Object> at) {
        if (v == null || v.isNull()) {
            if (v != null) {
                error("bool_type", at, "Input should be a valid boolean", v);
            }
            return null;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isIntegralNumber() && (v.longValue() == 0 || v.longValue() == 1)) {
            return v.longValue() == 1;
        }
        if (v.isTextual()) {
            String s = v.textValue().toLowerCase(Locale.ROOT);
            if (TRUE.contains(s)) {
                return true;
            }
            if (FALSE.contains(s)) {
                return false;
            }
        }
        error("bool_parsing", at, "Input should be a valid boolean, unable to interpret input", v);
        return null;
    }

    /** Optional bool: null allowed. */
    Boolean optionalBool(JsonNode v, List<Object> at) {
        return v == null || v.isNull() ? null : bool(v, at);
    }

    String string(JsonNode v, List<Object> at, int maxLength) {
        if (v == null || v.isNull()) {
            if (v != null) {
                error("string_type", at, "Input should be a valid string", v);
            }
            return null;
        }
        if (!v.isTextual()) {
            error("string_type", at, "Input should be a valid string", v);
            return null;
        }
        String s = v.textValue();
        if (maxLength > 0 && s.codePointCount(0, s.length()) > maxLength) {
            error("string_too_long", at, "String should have at most " + maxLength + " characters", v);
        }
        return s;
    }

    String optionalString(JsonNode v, List<Object> at, int maxLength) {
        return v == null || v.isNull() ? null : string(v, at, maxLength);
    }

    String itemHash(JsonNode v, List<Object> at) {
        String s = string(v, at, 0);
        if (s != null && !ItemHashes.isItemHash(s)) {
            error("value_error", at, "Value error, Could not determine hash type: '" + s + "'", v);
            return null;
        }
        return s;
    }

    String literal(JsonNode v, List<Object> at, Set<String> allowed, String type) {
        if (v == null || v.isNull() || !v.isTextual() || !allowed.contains(v.textValue())) {
            error(type, at, "Input should be " + String.join(" or ", allowed.stream().sorted().map(a -> "'" + a + "'").toList()),
                    v == null ? Json.NODES.nullNode() : v);
            return null;
        }
        return v.textValue();
    }

    /** A lax int: JSON integers, whole floats, integer strings; bounds inclusive. */
    Long integer(JsonNode v, List<Object> at, long min, long max) {
        Long value = null;
        if (v != null && v.isIntegralNumber()) {
            value = v.longValue();
        } else if (v != null && v.isNumber()) {
            BigDecimal d = v.decimalValue();
            if (d.stripTrailingZeros().scale() <= 0) {
                value = d.longValue();
            } else {
                error("int_from_float", at, "Input should be a valid integer, got a number with a fractional part", v);
                return null;
            }
        } else if (v != null && v.isTextual() && v.textValue().trim().matches("[+-]?\\d+")) {
            value = Long.parseLong(v.textValue().trim());
        } else {
            error("int_parsing", at, "Input should be a valid integer", v == null ? Json.NODES.nullNode() : v);
            return null;
        }
        return bounds(value, v, at, min, max);
    }

    /** A strict int: only JSON integers (pydantic {@code strict=True}). */
    Long strictInteger(JsonNode v, List<Object> at, long min, long max) {
        if (v == null || !v.isIntegralNumber()) {
            error("int_type", at, "Input should be a valid integer", v == null ? Json.NODES.nullNode() : v);
            return null;
        }
        return bounds(v.longValue(), v, at, min, max);
    }

    private Long bounds(long value, JsonNode v, List<Object> at, long min, long max) {
        if (value < min) {
            error(min == 1 ? "greater_than" : "greater_than_equal", at,
                    min == 1 ? "Input should be greater than 0" : "Input should be greater than or equal to " + min, v);
            return null;
        }
        if (value > max) {
            error("less_than_equal", at, "Input should be less than or equal to " + max, v);
            return null;
        }
        return value;
    }

    /** A float field (JSON number) within bounds. */
    BigDecimal number(JsonNode v, List<Object> at, BigDecimal min, BigDecimal max) {
        if (v == null || !v.isNumber()) {
            error("float_type", at, "Input should be a valid number", v == null ? Json.NODES.nullNode() : v);
            return null;
        }
        BigDecimal d = v.decimalValue();
        if (d.compareTo(min) < 0) {
            error("greater_than_equal", at, "Input should be greater than or equal to " + min, v);
            return null;
        }
        if (d.compareTo(max) > 0) {
            error("less_than_equal", at, "Input should be less than or equal to " + max, v);
            return null;
        }
        return d;
    }
}
