package quatrain.core.spec;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import quatrain.core.Json;
import quatrain.core.QuatrainException;

/**
 * Applies {@code key=value} settings to a spec record, like nanoGPT's configurator: the key must name a field
 * of the record (case-insensitive), the value must parse as that field's type, and the result passes the
 * record's validation.
 */
public final class Overrides {
    private Overrides() {
    }

    /** The field names of a spec, in declaration order. */
    public static List<String> keys(Record spec) {
        List<String> keys = new ArrayList<>();
        Json.tree(spec).fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @SuppressWarnings("unchecked")
    public static <T extends Record> T apply(T spec, Map<String, String> settings) {
        if (settings.isEmpty()) {
            return spec;
        }
        ObjectNode node = (ObjectNode) Json.tree(spec);
        for (Map.Entry<String, String> e : settings.entrySet()) {
            String key = canonicalKey(node, e.getKey());
            JsonNode current = node.get(key);
            String raw = e.getValue().strip();
            if (current.isBoolean() || "true".equalsIgnoreCase(raw) && current.isNull()) {
                if (!raw.equalsIgnoreCase("true") && !raw.equalsIgnoreCase("false")) {
                    throw new SpecException(key + " must be true or false (got \"" + raw + "\")");
                }
                node.put(key, Boolean.parseBoolean(raw.toLowerCase(Locale.ROOT)));
            } else if (current.isIntegralNumber()) {
                node.put(key, parseLong(key, raw));
            } else if (current.isNumber()) {
                node.put(key, parseDouble(key, raw));
            } else if (current.isTextual() && isEnumLike(current.asText())) {
                node.put(key, raw.toUpperCase(Locale.ROOT).replace('-', '_'));
            } else {
                node.put(key, raw.isEmpty() || raw.equalsIgnoreCase("none") ? null : raw);
            }
        }
        try {
            return (T) Json.convert(node, spec.getClass());
        } catch (RuntimeException ex) {
            Throwable cause = ex;
            while (cause != null && !(cause instanceof QuatrainException)) {
                if (cause instanceof InvalidFormatException ife) {
                    throw new SpecException("invalid value \"" + ife.getValue() + "\" for "
                            + ife.getPath().get(0).getFieldName() + enumHint(ife.getTargetType()), ex);
                }
                cause = cause.getCause();
            }
            if (cause instanceof QuatrainException q) {
                throw new SpecException(q.getMessage(), ex);
            }
            throw new SpecException("invalid settings: " + ex.getMessage(), ex);
        }
    }

    private static String canonicalKey(ObjectNode node, String key) {
        String wanted = key.strip().replace("-", "").replace("_", "");
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (name.equalsIgnoreCase(wanted)) {
                return name;
            }
        }
        List<String> known = new ArrayList<>(new TreeSet<>(iterable(node.fieldNames())));
        throw new SpecException("unknown setting \"" + key + "\"; known settings: " + String.join(", ", known));
    }

    private static <E> List<E> iterable(Iterator<E> it) {
        List<E> list = new ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }

    private static boolean isEnumLike(String text) {
        return !text.isEmpty() && text.equals(text.toUpperCase(Locale.ROOT)) && text.chars().allMatch(
                c -> Character.isUpperCase(c) || c == '_' || Character.isDigit(c));
    }

    private static String enumHint(Class<?> type) {
        if (type != null && type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object c : type.getEnumConstants()) {
                names.add(c.toString());
            }
            return " (one of " + String.join(", ", names) + ")";
        }
        return "";
    }

    private static long parseLong(String key, String raw) {
        try {
            return Long.parseLong(raw.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new SpecException(key + " must be a whole number (got \"" + raw + "\")", e);
        }
    }

    private static double parseDouble(String key, String raw) {
        try {
            return Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw new SpecException(key + " must be a number (got \"" + raw + "\")", e);
        }
    }
}
