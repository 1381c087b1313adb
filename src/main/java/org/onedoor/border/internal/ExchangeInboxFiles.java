package org.onedoor.border.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.onedoor.audit.AuditTrail;
import org.onedoor.border.BorderExchange;
import org.onedoor.border.WatchListUpdate;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.platform.OneDoorProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * File-drop inbox of watch-list updates from the national border-gate system (decision 0544): files
 * {@code *.json} in {@code <exchange directory>/inbox}, each a JSON array of updates in the format of
 * {@code POST /api/v1/public/border/exchange/watch-list} ({@link WatchListUpdate}), are read every
 * {@code onedoor.border.exchange.inbox-every}. A file is applied whole in ONE transaction and moved to
 * {@code processed/}; a file with any wrong update changes nothing and goes to {@code rejected/} with
 * {@code <name>.errors.txt} (line and field of every error). A file whose SHA-256 was applied before is not applied
 * again (moved to {@code processed/} as a duplicate).
 */
@Component
class ExchangeInboxFiles {

    private static final Logger log = LoggerFactory.getLogger(ExchangeInboxFiles.class);
    /** element by element from one parser: the rest of the array is not "trailing" */
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    static final String ACTOR = "exchange-inbox";

    private final BorderExchange exchange;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditTrail audit;
    private final Path inbox;

    ExchangeInboxFiles(BorderExchange exchange, JdbcClient jdbc, TransactionTemplate tx, AuditTrail audit,
                       BorderProperties properties, OneDoorProperties platform) {
        this.exchange = exchange;
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
        this.inbox = ExchangeChannels.directory(properties, platform).resolve("inbox");
    }

    /** The outcome of one file. */
    enum Outcome { APPLIED, DUPLICATE, REJECTED }

    Path inbox() {
        return inbox;
    }

    @Scheduled(initialDelayString = "${onedoor.border.exchange.inbox-every:1m}",
            fixedDelayString = "${onedoor.border.exchange.inbox-every:1m}")
    void poll() {
        try {
            pollOnce();
        } catch (IOException | RuntimeException e) {
            log.warn("border exchange inbox {}: {}", inbox, e.toString());
        }
    }

    /** Reads every file waiting in the inbox, oldest name first; returns what happened to each. */
    synchronized List<Outcome> pollOnce() throws IOException {
        if (!Files.isDirectory(inbox)) {
            Files.createDirectories(inbox);
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(inbox)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .sorted().toList();
        }
        List<Outcome> out = new ArrayList<>();
        for (Path f : files) {
            out.add(process(f));
        }
        return out;
    }

    private Outcome process(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        String sha = sha256(bytes);
        boolean seen = jdbc.sql("select count(*) from border.exchange_inbox_file where sha256 = :s").param("s", sha)
                .query(Long.class).single() > 0;
        if (seen) {
            move(file, "processed", name + ".duplicate");
            audit.recordAs(ACTOR, null, "border.exchange.inbox.duplicate", "exchange-file", sha, name);
            return Outcome.DUPLICATE;
        }
        List<String> errors = new ArrayList<>();
        List<Numbered> updates = parse(bytes, errors);
        if (errors.isEmpty()) {
            try {
                int applied = tx.execute(status -> {
                    int n = 0;
                    for (Numbered u : updates) {
                        try {
                            n += exchange.apply(u.update()) ? 1 : 0;
                        } catch (DomainException e) {
                            throw new LineFailure(u.line(), e);
                        }
                    }
                    jdbc.sql("insert into border.exchange_inbox_file (sha256, file_name, updates) values (:s, :n, :u)")
                            .param("s", sha).param("n", name).param("u", updates.size()).update();
                    audit.recordAs(ACTOR, null, "border.exchange.inbox.apply", "exchange-file", sha,
                            name + ": " + updates.size() + " updates, " + n + " new");
                    return n;
                });
                log.info("border exchange inbox: {} applied ({} updates, {} new)", name, updates.size(), applied);
                move(file, "processed", name);
                return Outcome.APPLIED;
            } catch (LineFailure e) {
                errors.add(e.describe());
            } catch (org.springframework.dao.DuplicateKeyException e) {
                // the same file applied meanwhile by another instance
                move(file, "processed", name + ".duplicate");
                return Outcome.DUPLICATE;
            }
        }
        Path rejected = move(file, "rejected", name);
        Files.writeString(rejected.resolveSibling(rejected.getFileName() + ".errors.txt"),
                String.join("\n", errors) + "\n", StandardCharsets.UTF_8);
        audit.recordAs(ACTOR, null, "border.exchange.inbox.reject", "exchange-file", sha,
                name + ": " + errors.size() + " errors");
        log.warn("border exchange inbox: {} rejected with {} errors", name, errors.size());
        return Outcome.REJECTED;
    }

    record Numbered(int line, WatchListUpdate update) {
    }

    /** Reads the array element by element, keeping the line each starts on; every wrong element is an error. */
    static List<Numbered> parse(byte[] bytes, List<String> errors) {
        List<Numbered> out = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        try (JsonParser p = JSON.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                errors.add("line 1: the file must be a JSON array of watch-list updates");
                return out;
            }
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                int line = p.currentTokenLocation().getLineNr();
                if (t == null) {
                    errors.add("line " + line + ": unexpected end of file");
                    return out;
                }
                JsonNode node = JSON.readTree(p);
                if (!node.isObject()) {
                    errors.add("line " + line + ": an update must be a JSON object");
                    continue;
                }
                List<String> problems = new ArrayList<>();
                String updateId = text(node, "updateId");
                String action = text(node, "action");
                String externalId = text(node, "externalId");
                if (updateId == null || updateId.length() > 100) {
                    problems.add("updateId: required, at most 100 characters");
                } else if (!ids.add(updateId)) {
                    problems.add("updateId: " + updateId + " appears twice in the file");
                }
                if (action == null || !(action.equalsIgnoreCase("ADD") || action.equalsIgnoreCase("REMOVE"))) {
                    problems.add("action: ADD or REMOVE");
                }
                if (externalId == null) {
                    problems.add("externalId: required");
                }
                String fullName = text(node, "fullName");
                String reason = text(node, "reason");
                if ("ADD".equalsIgnoreCase(action)) {
                    if (fullName == null) {
                        problems.add("fullName: required for ADD");
                    }
                    if (reason == null) {
                        problems.add("reason: required for ADD");
                    }
                }
                String nationality = text(node, "nationality");
                if (nationality != null && !nationality.matches("^[A-Za-z]{3}$")) {
                    problems.add("nationality: three letters (ICAO code)");
                }
                LocalDate dob = null;
                String dobText = text(node, "dateOfBirth");
                if (dobText != null) {
                    try {
                        dob = LocalDate.parse(dobText);
                    } catch (DateTimeParseException e) {
                        problems.add("dateOfBirth: yyyy-MM-dd");
                    }
                }
                if (problems.isEmpty()) {
                    out.add(new Numbered(line, new WatchListUpdate(updateId, action, externalId, fullName, dob,
                            nationality, reason)));
                } else {
                    problems.forEach(pr -> errors.add("line " + line + ": " + pr));
                }
            }
        } catch (tools.jackson.core.JacksonException e) {
            var at = e.getLocation();
            errors.add("line " + (at == null ? 0 : at.getLineNr()) + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.asString().strip();
        return s.isEmpty() ? null : s;
    }

    private Path move(Path file, String folder, String name) throws IOException {
        Path dir = inbox.resolve(folder);
        Files.createDirectories(dir);
        Path target = dir.resolve(name);
        if (Files.exists(target)) {
            target = dir.resolve(Instant.now().toEpochMilli() + "-" + name);
        }
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An update the service refused while applying: the whole file is rolled back. */
    static final class LineFailure extends RuntimeException {
        final int line;
        final DomainException cause;

        LineFailure(int line, DomainException cause) {
            super(cause);
            this.line = line;
            this.cause = cause;
        }

        String describe() {
            StringBuilder b = new StringBuilder("line " + line + ": ");
            if (cause.violations().isEmpty()) {
                b.append(cause.messageKey());
            } else {
                cause.violations().forEach(v -> b.append(v.field()).append(' ').append(v.messageKey()).append(' '));
            }
            return b.toString().strip();
        }
    }
}
