package org.onedoor.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The read log's block seal: every row, its position, the block's place and the previous block count. */
class ReadLogChainTest {

    static final Instant AT = Instant.parse("2026-11-23T02:00:00.123456Z");

    static ReadLogChain.ReadRow read(String subject, String detail) {
        return new ReadLogChain.ReadRow(AT, "anonymous", "dossier.track", "dossier", subject, detail, "127.0.0.1");
    }

    static List<ReadLogChain.ReadRow> block() {
        return List.of(read("A-1", "public tracking"), read("A-2", "public tracking"), read("A-3", null));
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                Arguments.of("time", (UnaryOperator<ReadLogChain.ReadRow>) r -> new ReadLogChain.ReadRow(
                        r.at().plusNanos(1000), r.actor(), r.action(), r.subjectType(), r.subjectId(), r.detail(), r.clientIp())),
                Arguments.of("actor", (UnaryOperator<ReadLogChain.ReadRow>) r -> new ReadLogChain.ReadRow(
                        r.at(), "admin", r.action(), r.subjectType(), r.subjectId(), r.detail(), r.clientIp())),
                Arguments.of("action", (UnaryOperator<ReadLogChain.ReadRow>) r -> new ReadLogChain.ReadRow(
                        r.at(), r.actor(), "dossier.read", r.subjectType(), r.subjectId(), r.detail(), r.clientIp())),
                Arguments.of("subject", (UnaryOperator<ReadLogChain.ReadRow>) r -> new ReadLogChain.ReadRow(
                        r.at(), r.actor(), r.action(), r.subjectType(), "B-9", r.detail(), r.clientIp())),
                Arguments.of("detail (null and empty differ)", (UnaryOperator<ReadLogChain.ReadRow>) r -> new ReadLogChain.ReadRow(
                        r.at(), r.actor(), r.action(), r.subjectType(), r.subjectId(), r.detail() == null ? "" : null,
                        r.clientIp())),
                Arguments.of("ip", (UnaryOperator<ReadLogChain.ReadRow>) r -> new ReadLogChain.ReadRow(
                        r.at(), r.actor(), r.action(), r.subjectType(), r.subjectId(), r.detail(), "10.0.0.1")));
    }

    @ParameterizedTest(name = "editing the {0} of one read changes the block hash")
    @MethodSource("edits")
    void editingAnyFieldOfAnyReadChangesTheBlockHash(String field, UnaryOperator<ReadLogChain.ReadRow> edit) {
        String sealed = ReadLogChain.blockHash(ReadLogChain.GENESIS, 1, block());
        for (int i = 0; i < block().size(); i++) {
            List<ReadLogChain.ReadRow> edited = new ArrayList<>(block());
            edited.set(i, edit.apply(edited.get(i)));
            assertThat(ReadLogChain.blockHash(ReadLogChain.GENESIS, 1, edited)).as("read " + i).isNotEqualTo(sealed);
        }
    }

    @Test
    void deletingAddingOrReorderingReadsChangesTheBlockHash() {
        List<ReadLogChain.ReadRow> rows = block();
        String sealed = ReadLogChain.blockHash(ReadLogChain.GENESIS, 1, rows);
        assertThat(sealed).hasSize(64).isEqualTo(ReadLogChain.blockHash(ReadLogChain.GENESIS, 1, block()));
        assertThat(ReadLogChain.blockHash(ReadLogChain.GENESIS, 1, rows.subList(0, 2))).isNotEqualTo(sealed);
        List<ReadLogChain.ReadRow> more = new ArrayList<>(rows);
        more.add(read("A-4", null));
        assertThat(ReadLogChain.blockHash(ReadLogChain.GENESIS, 1, more)).isNotEqualTo(sealed);
        List<ReadLogChain.ReadRow> swapped = List.of(rows.get(1), rows.get(0), rows.get(2));
        assertThat(ReadLogChain.blockHash(ReadLogChain.GENESIS, 1, swapped)).isNotEqualTo(sealed);
    }

    @Test
    void theHashChainsToThePreviousBlockAndItsPlace() {
        String sealed = ReadLogChain.blockHash(ReadLogChain.GENESIS, 1, block());
        assertThat(ReadLogChain.blockHash("f".repeat(64), 1, block())).isNotEqualTo(sealed);
        assertThat(ReadLogChain.blockHash(ReadLogChain.GENESIS, 2, block())).isNotEqualTo(sealed);
    }

    @Test
    void theStreamedHashEqualsTheWholeBlocksHash() {
        var hasher = new ReadLogChain.BlockHasher(ReadLogChain.GENESIS, 5, 3);
        block().forEach(hasher::add);
        assertThat(hasher.rows()).isEqualTo(3);
        assertThat(hasher.hash()).isEqualTo(ReadLogChain.blockHash(ReadLogChain.GENESIS, 5, block()));
    }

    @Test
    void fieldBoundariesCannotBeShiftedAndNullDiffersFromEmpty() {
        var ab = new ReadLogChain.ReadRow(AT, "anonymous", "x", "ab", "c", null, null);
        var a = new ReadLogChain.ReadRow(AT, "anonymous", "x", "a", "bc", null, null);
        assertThat(ReadLogChain.canonical(0, ab)).isNotEqualTo(ReadLogChain.canonical(0, a));
        assertThat(ReadLogChain.canonical(0, read("A", null))).isNotEqualTo(ReadLogChain.canonical(0, read("A", "")));
        assertThat(ReadLogChain.canonical(0, read("A", null))).isNotEqualTo(ReadLogChain.canonical(1, read("A", null)));
        assertThat(ReadLogChain.canonical(0, read("A", null))).contains("2026-11-23T02:00:00.123456Z");
    }

    @Test
    void copyTextEscapesItsSeparatorsAndNull() {
        StringBuilder out = new StringBuilder();
        ReadLogWriter.escape(out, "a\tb\nc\\d\re");
        out.append('|');
        ReadLogWriter.escape(out, null);
        out.append('|');
        ReadLogWriter.escape(out, "\\N");
        assertThat(out).hasToString("a\\tb\\nc\\\\d\\re|\\N|\\\\N");
    }
}
