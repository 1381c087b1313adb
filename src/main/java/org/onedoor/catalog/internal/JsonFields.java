package org.onedoor.catalog.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.onedoor.catalog.internal.LocatedJson.Arr;
import org.onedoor.catalog.internal.LocatedJson.Node;
import org.onedoor.catalog.internal.LocatedJson.Obj;
import org.onedoor.catalog.internal.LocatedJson.Val;

/**
 * Typed, validating access to the fields of one JSON object of a catalogue file. Every problem is added to
 * the shared error list with its line and path, and the accessor returns null so reading can go on and
 * find the next error.
 */
final class JsonFields {

    private final Obj obj;
    private final String path;
    private final List<ImportError> errors;

    JsonFields(Obj obj, String path, Set<String> allowed, List<ImportError> errors) {
        this.obj = obj;
        this.path = path;
        this.errors = errors;
        obj.fields().forEach((name, node) -> {
            if (!allowed.contains(name)) {
                error(node.line(), path + "." + name, "catalog.import.error.unknownField", name);
            }
        });
    }

    /** The object at {@code node}, or null (with an error) when it is something else. */
    static JsonFields of(Node node, String path, Set<String> allowed, List<ImportError> errors) {
        if (node instanceof Obj o) {
            return new JsonFields(o, path, allowed, errors);
        }
        errors.add(new ImportError(node.line(), path, "catalog.import.error.type.object", List.of()));
        return null;
    }

    int line() {
        return obj.line();
    }

    String path() {
        return path;
    }

    String pathOf(String name) {
        return path + "." + name;
    }

    int lineOf(String name) {
        Node n = obj.fields().get(name);
        return n == null ? obj.line() : n.line();
    }

    void error(int line, String at, String key, Object... args) {
        errors.add(new ImportError(line, at, key, Arrays.asList(args)));
    }

    /** A required, non-blank string. */
    String text(String name) {
        Node n = present(name);
        if (n == null) {
            return null;
        }
        if (!(n instanceof Val v) || !(v.value() instanceof String s)) {
            error(n.line(), pathOf(name), "catalog.import.error.type.string");
            return null;
        }
        if (s.isBlank()) {
            error(n.line(), pathOf(name), "catalog.import.error.blank");
            return null;
        }
        return s.strip();
    }

    /** An optional string: absent or null gives null. */
    String optionalText(String name) {
        Node n = obj.fields().get(name);
        if (n == null || n instanceof Val v && v.value() == null) {
            return null;
        }
        return text(name);
    }

    /** A required whole number not below {@code min}. */
    Integer integer(String name, int min) {
        Node n = present(name);
        if (n == null) {
            return null;
        }
        if (!(n instanceof Val v) || !(v.value() instanceof BigInteger i)) {
            error(n.line(), pathOf(name), "catalog.import.error.type.integer");
            return null;
        }
        if (i.compareTo(BigInteger.valueOf(min)) < 0 || i.bitLength() > 31) {
            error(n.line(), pathOf(name), "catalog.import.error.min", min);
            return null;
        }
        return i.intValue();
    }

    /** A required amount, not negative. */
    BigDecimal amount(String name) {
        Node n = present(name);
        if (n == null) {
            return null;
        }
        BigDecimal d;
        if (n instanceof Val v && v.value() instanceof BigInteger i) {
            d = new BigDecimal(i);
        } else if (n instanceof Val v && v.value() instanceof BigDecimal b) {
            d = b;
        } else {
            error(n.line(), pathOf(name), "catalog.import.error.type.number");
            return null;
        }
        if (d.signum() < 0) {
            error(n.line(), pathOf(name), "catalog.import.error.min", 0);
            return null;
        }
        return d;
    }

    /** A required boolean. */
    Boolean bool(String name) {
        Node n = present(name);
        if (n == null) {
            return null;
        }
        if (!(n instanceof Val v) || !(v.value() instanceof Boolean b)) {
            error(n.line(), pathOf(name), "catalog.import.error.type.boolean");
            return null;
        }
        return b;
    }

    /** A required constant of {@code type}, written exactly as the enum names it. */
    <E extends Enum<E>> E constant(String name, Class<E> type) {
        return constant(present(name), pathOf(name), type);
    }

    <E extends Enum<E>> E constant(Node n, String at, Class<E> type) {
        if (n == null) {
            return null;
        }
        if (n instanceof Val v && v.value() instanceof String s) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(s)) {
                    return e;
                }
            }
        }
        error(n.line(), at, "catalog.import.error.constant",
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList().toString());
        return null;
    }

    /** An ISO date ({@code 2025-07-01}); required unless {@code optional} (then absent or null gives null). */
    LocalDate date(String name, boolean optional) {
        Node n = obj.fields().get(name);
        if (optional && (n == null || n instanceof Val v && v.value() == null)) {
            return null;
        }
        String s = text(name);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            error(n.line(), pathOf(name), "catalog.import.error.date", s);
            return null;
        }
    }

    /** A required nested object. */
    JsonFields object(String name, Set<String> allowed) {
        Node n = present(name);
        return n == null ? null : of(n, pathOf(name), allowed, errors);
    }

    /** A required array; empty is an error when {@code nonEmpty}. */
    List<Node> array(String name, boolean nonEmpty) {
        Node n = present(name);
        if (n == null) {
            return null;
        }
        if (!(n instanceof Arr a)) {
            error(n.line(), pathOf(name), "catalog.import.error.type.array");
            return null;
        }
        if (nonEmpty && a.items().isEmpty()) {
            error(n.line(), pathOf(name), "catalog.import.error.emptyList");
            return null;
        }
        return a.items();
    }

    private Node present(String name) {
        Node n = obj.fields().get(name);
        if (n == null || n instanceof Val v && v.value() == null) {
            error(n == null ? obj.line() : n.line(), pathOf(name), "catalog.import.error.required", name);
            return null;
        }
        return n;
    }
}
