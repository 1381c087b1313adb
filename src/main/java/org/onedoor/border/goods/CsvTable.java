package org.onedoor.border.goods;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small CSV reader for uploaded lists (RFC 4180 without line breaks inside quotes): strict UTF-8 with an optional
 * byte-order mark, comma or semicolon (the one the header uses; spreadsheets in a comma-decimal locale write
 * semicolons), quoted fields with doubled quotes. Blank lines are skipped; line numbers are the file's.
 */
public final class CsvTable {

    /** One record and the file line it is on. */
    public record Row(int line, List<String> cells) {
    }

    /** Why the file cannot be read at all, with the line (0 when the file as a whole). */
    public record Problem(int line, String messageKey) {
    }

    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(List<String> header, List<Row> rows) {
        this.header = header;
        this.rows = rows;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    /** @return the table, or the problem when the file is not UTF-8, empty, or has an unclosed quote */
    public static Result parse(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Result(null, new Problem(0, "border.goods.csv.notUtf8"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\n|\r", -1);
        List<String> header = null;
        char separator = ',';
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            if (header == null) {
                separator = lines[i].indexOf(';') >= 0 && lines[i].indexOf(',') < 0 ? ';' : ',';
            }
            Optional<List<String>> cells = split(lines[i], separator);
            if (cells.isEmpty()) {
                return new Result(null, new Problem(i + 1, "border.goods.csv.quote"));
            }
            if (header == null) {
                header = cells.get().stream().map(h -> h.trim().toLowerCase(java.util.Locale.ROOT)).toList();
            } else {
                rows.add(new Row(i + 1, cells.get()));
            }
        }
        if (header == null) {
            return new Result(null, new Problem(0, "border.goods.csv.empty"));
        }
        return new Result(new CsvTable(header, rows), null);
    }

    /** Exactly one of table and problem. */
    public record Result(CsvTable table, Problem problem) {
    }

    static Optional<List<String>> split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            return Optional.empty();
        }
        cells.add(cell.toString().trim());
        return Optional.of(cells);
    }

}
