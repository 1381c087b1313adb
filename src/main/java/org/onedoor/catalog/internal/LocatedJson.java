package org.onedoor.catalog.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON tree that remembers the line of every value, read with Jackson's streaming parser. Jackson's own
 * {@code JsonNode} forgets locations, and the importer must point at the line of each error.
 */
final class LocatedJson {

    sealed interface Node permits Obj, Arr, Val {
        int line();
    }

    /** An object; {@code fields} keeps the file's order. */
    record Obj(int line, Map<String, Node> fields) implements Node {
    }

    record Arr(int line, List<Node> items) implements Node {
    }

    /** A scalar: String, BigInteger (integer literal), BigDecimal (other number), Boolean, or null. */
    record Val(int line, Object value) implements Node {
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private LocatedJson() {
    }

    /**
     * The tree, or empty when the text is not JSON (the syntax error is added to {@code errors}). Duplicate keys
     * are added to {@code errors} but still give a tree, so that the file's other errors are found too.
     */
    static Optional<Node> parse(String text, List<ImportError> errors) {
        try (JsonParser parser = MAPPER.createParser(text)) {
            if (parser.nextToken() == null) {
                errors.add(new ImportError(1, "$", "catalog.import.error.empty", List.of()));
                return Optional.empty();
            }
            Node root = read(parser, "$", errors);
            if (parser.nextToken() != null) {
                errors.add(new ImportError(parser.currentTokenLocation().getLineNr(), "$", "catalog.import.error.trailing", List.of()));
            }
            return Optional.of(root);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            errors.add(new ImportError(line, "$", "catalog.import.error.syntax", List.of(e.getOriginalMessage())));
            return Optional.empty();
        }
    }

    private static Node read(JsonParser p, String path, List<ImportError> errors) {
        int line = p.currentTokenLocation().getLineNr();
        JsonToken token = p.currentToken();
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Node> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    int nameLine = p.currentTokenLocation().getLineNr();
                    p.nextToken();
                    Node value = read(p, path + "." + name, errors);
                    if (fields.putIfAbsent(name, value) != null) {
                        errors.add(new ImportError(nameLine, path + "." + name, "catalog.import.error.duplicateKey", List.of(name)));
                    }
                }
                yield new Obj(line, fields);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p, path + "[" + items.size() + "]", errors));
                }
                yield new Arr(line, items);
            }
            case VALUE_STRING -> new Val(line, p.getString());
            case VALUE_NUMBER_INT -> new Val(line, p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> new Val(line, p.getDecimalValue());
            case VALUE_TRUE -> new Val(line, Boolean.TRUE);
            case VALUE_FALSE -> new Val(line, Boolean.FALSE);
            case VALUE_NULL -> new Val(line, null);
            default -> throw new IllegalStateException("unexpected token " + token + " at line " + line);
        };
    }
}
