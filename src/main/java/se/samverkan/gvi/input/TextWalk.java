package se.samverkan.gvi.input;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Visits every string of a request with its field path as the API names it
 * ({@code audit.members[0].personRef}): record components, list items, map keys and values.
 */
final class TextWalk {

    private static final int MAX_DEPTH = 16;

    private TextWalk() {}

    static void visit(@Nullable Object value, BiConsumer<String, String> visitor) {
        visit(value, "", 0, visitor);
    }

    private static void visit(@Nullable Object value, String field, int depth, BiConsumer<String, String> visitor) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof CharSequence text) {
            visitor.accept(field, text.toString());
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                visit(item, field + "[" + i++ + "]", depth + 1, visitor);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                visit(key, join(field, key), depth + 1, visitor);
                visit(e.getValue(), join(field, key), depth + 1, visitor);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                try {
                    visit(c.getAccessor().invoke(value), join(field, c.getName()), depth + 1, visitor);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + c, e);
                }
            }
        }
    }

    private static String join(String field, String name) {
        return field.isEmpty() ? name : field + "." + name;
    }
}
