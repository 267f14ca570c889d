package org.alephdeploy.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Read-only copies of parsed contents that a message keeps: objects backed by two arrays instead
 * of a linked hash map (a third of the memory for the few keys a content object has), arrays of
 * their exact size, and short texts and numbers shared between messages. Nothing may change such
 * a tree: it is only ever read, or deep-copied into ordinary nodes ({@link ObjectNode#deepCopy}).
 */
final class CompactTree {
    /** Values shared between trees: texts up to this many characters (an address), and integers. */
    private static final int SHARED_TEXT = 44;
    private static final int SHARED_MAX = 20_000;
    private static final Map<JsonNode, JsonNode> SHARED = new ConcurrentHashMap<>();

    private CompactTree() {
    }

    static ObjectNode of(ObjectNode tree) {
        return (ObjectNode) compact(tree);
    }

    private static JsonNode compact(JsonNode n) {
        if (n.isObject()) {
            String[] keys = new String[n.size()];
            JsonNode[] values = new JsonNode[n.size()];
            int i = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); i++) {
                Map.Entry<String, JsonNode> e = it.next();
                keys[i] = e.getKey();
                values[i] = compact(e.getValue());
            }
            return new ObjectNode(Json.NODES, new ArrayMap(keys, values));
        }
        if (n.isArray()) {
            JsonNode[] items = new JsonNode[n.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = compact(n.get(i));
            }
            return new ArrayNode(Json.NODES, Arrays.asList(items));
        }
        if ((n.isTextual() && n.textValue().length() <= SHARED_TEXT) || n.isIntegralNumber()) {
            JsonNode shared = SHARED.get(n);
            if (shared != null) {
                return shared;
            }
            if (SHARED.size() < SHARED_MAX) {
                SHARED.putIfAbsent(n, n);
            }
        }
        return n;
    }

    /** An insertion-ordered, read-only map over two arrays; lookups scan (content objects have a few keys). */
    private static final class ArrayMap extends AbstractMap<String, JsonNode> {
        private final String[] keys;
        private final JsonNode[] values;

        ArrayMap(String[] keys, JsonNode[] values) {
            this.keys = keys;
            this.values = values;
        }

        @Override
        public JsonNode get(Object key) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i].equals(key)) {
                    return values[i];
                }
            }
            return null;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public int size() {
            return keys.length;
        }

        @Override
        public Set<Entry<String, JsonNode>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return keys.length;
                }

                @Override
                public Iterator<Entry<String, JsonNode>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < keys.length;
                        }

                        @Override
                        public Entry<String, JsonNode> next() {
                            if (next >= keys.length) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new SimpleImmutableEntry<>(keys[i], values[i]);
                        }
                    };
                }
            };
        }
    }
}
