package org.onedoor.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AuditChainTest {

    static AuditChain.AuditRow row(String actor, String detail) {
        return new AuditChain.AuditRow(7, Instant.parse("2026-01-05T02:00:00.123456Z"), actor, "000.00.20.H37",
                "dossier.read", "dossier", "000.00.20.H37-260105-0001", detail, "127.0.0.1");
    }

    @Test
    void hashDependsOnThePreviousHash() {
        assertThat(AuditChain.hash(AuditChain.GENESIS, row("a", "x")))
                .hasSize(64).isNotEqualTo(AuditChain.hash("f".repeat(64), row("a", "x")));
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        // "ab" + "c" and "a" + "bc" must not serialise alike
        assertThat(AuditChain.canonical(row("ab", "c"))).isNotEqualTo(AuditChain.canonical(row("a", "bc")));
        assertThat(AuditChain.canonical(row("a", null))).isNotEqualTo(AuditChain.canonical(row("a", "")));
    }

    @Test
    void timeIsCanonicalToTheMicrosecond() {
        assertThat(AuditChain.canonical(row("a", "x"))).contains("2026-01-05T02:00:00.123456Z");
    }

    @Test
    void legacyRowsKeepTheirV1Hash() {
        // rows chained before migration V2 were hashed without the chain position; the verifier must accept them
        assertThat(AuditChain.hash(AuditChain.GENESIS, row("a", "x"), 7, AuditChain.LEGACY_FORMAT))
                .isEqualTo(AuditChain.hash(AuditChain.GENESIS, row("a", "x")));
    }

    @Test
    void sealedRowsHashTheirChainPosition() {
        String atSeven = AuditChain.hash(AuditChain.GENESIS, row("a", "x"), 7, AuditChain.FORMAT);
        assertThat(atSeven).hasSize(64)
                .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, row("a", "x"), 8, AuditChain.FORMAT))
                .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, row("a", "x")));
        assertThat(AuditChain.canonical(row("a", "x"), 7)).startsWith("5:seq=7|").endsWith(AuditChain.canonical(row("a", "x")));
    }
}
