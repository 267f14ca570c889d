package org.alephdeploy.message;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A content's owner ({@code address}, a string at its top level) read from the content's text
 * token by token, for messages whose parsed content is not kept (STOREs): building the tree to
 * read one field made a listing allocate a tree per STORE that was dropped at once. Gives what
 * {@link Json#parseObject} and {@code path("address")} would: null where that parse fails (not
 * JSON, not one object, trailing text, beyond the read limits) or the last {@code address} key is
 * not a string. Numbers are converted as the tree converts them, so one the tree refuses is
 * refused here too.
 */
final class ContentOwner {
    private ContentOwner() {
    }

    static String read(String text) {
        try (JsonParser p = Json.MAPPER.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String address = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                boolean isAddress = "address".equals(p.currentName());
                JsonToken value = p.nextToken();
                if (isAddress) {
                    address = value == JsonToken.VALUE_STRING ? p.getText() : null;
                }
                readValue(p, value);
            }
            return p.nextToken() == null ? address : null;
        } catch (JsonProcessingException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the value at {@code token} to its end, converting its numbers. */
    private static void readValue(JsonParser p, JsonToken token) throws IOException {
        int depth = 0;
        JsonToken t = token;
        while (true) {
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                depth++;
            } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                depth--;
            } else if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                p.getDecimalValue();
            } else if (t == JsonToken.VALUE_NUMBER_INT) {
                p.getNumberValue();
            }
            if (depth == 0) {
                return;
            }
            t = p.nextToken();
        }
    }
}
