package org.onedoor.border.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.border.Clearance;
import org.onedoor.border.ClearanceCase;
import org.onedoor.border.CrossingImage;
import org.onedoor.border.CrossingImages;
import org.onedoor.border.CrossingPage;
import org.onedoor.border.CrossingQuery;
import org.onedoor.border.CrossingPurpose;
import org.onedoor.border.CrossingRegister;
import org.onedoor.border.Decision;
import org.onedoor.border.Declarations;
import org.onedoor.border.DeviceCapture;
import org.onedoor.border.Direction;
import org.onedoor.border.FaceCamera;
import org.onedoor.border.PersonDeclarationRequest;
import org.onedoor.border.ScanInput;
import org.onedoor.border.TravelDocumentType;
import org.onedoor.common.DomainException;
import org.onedoor.common.VietnamTime;
import org.onedoor.identity.Role;
import org.onedoor.identity.internal.AccountPrincipal;
import org.onedoor.iddocument.Mrz;
import org.onedoor.storage.FileStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The guard's operations behind the screen: the border-pass rule, the face camera hook with its image stored and
 * read (audited, gate-bound), the register search by name/nationality/decision with paging, and the retention purge.
 */
@SpringBootTest
@ActiveProfiles("test")
class BorderOpsIntegrationTest {

    static final String GATE = "000.00.40.H21";
    static final byte[] FACE = "fake-jpeg-face-of-the-traveller".getBytes(StandardCharsets.UTF_8);

    @TestConfiguration
    static class Camera {
        @Bean
        @Primary
        FaceCamera testFaceCamera() {
            return (gate, document) -> Optional.of(new DeviceCapture(FACE, "image/jpeg", 0.93));
        }
    }

    @Autowired Clearance clearance;
    @Autowired CrossingRegister register;
    @Autowired CrossingImages images;
    @Autowired Declarations declarations;
    @Autowired RetentionPurge purge;
    @Autowired FileStore files;
    @Autowired JdbcClient jdbc;
    @Autowired org.onedoor.border.BorderStatistics statistics;

    @Test
    void statisticsCountTodaysPersonsAndProcessingTimeForTheSupervisorOnly() {
        actAs("bienphong.lethanh", GATE, Role.BORDER_GUARD);
        ClearanceCase c = clearance.scan(GATE,
                new ScanInput(null, passport("KEO<<SINA", "KHM", "K0000099<", "880808"), Direction.ENTRY));
        clearance.decide(c.crossingId(), Decision.CLEAR, null);
        assertThatThrownBy(() -> statistics.persons(GATE, LocalDate.now(VietnamTime.ZONE), LocalDate.now(VietnamTime.ZONE)))
                .isInstanceOf(DomainException.class);
        actAs("chihuy.lethanh", GATE, Role.BORDER_SUPERVISOR);
        LocalDate today = LocalDate.now(VietnamTime.ZONE);
        var s = statistics.persons(GATE, today, today);
        assertThat(s.total()).isPositive();
        assertThat(s.byNationality()).containsKey("KHM");
        assertThat(s.byDirection().get("ENTRY")).isPositive();
        assertThat(s.perDay()).singleElement().satisfies(p -> assertThat(p.key()).isEqualTo(today.toString()));
        assertThat(s.withinTarget()).isEqualTo(s.total()); // decided within a second of the scan
        assertThat(s.p90Seconds()).isLessThan(60);
        assertThat(statistics.persons(GATE, today.minusDays(9), today.minusDays(8)).total()).isZero();
    }

    static void actAs(String user, String agency, Role role) {
        var p = new AccountPrincipal(user, user, agency, Set.of(role), Set.of());
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.authorities()));
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    static String passport(String names, String nationality, String number, String dob) {
        String line1 = (("P<" + nationality + names) + "<".repeat(44)).substring(0, 44);
        String personal = "<".repeat(14);
        String expiry = "350101";
        String data = number + Mrz.checkDigit(number);
        String d = dob + Mrz.checkDigit(dob);
        String x = expiry + Mrz.checkDigit(expiry);
        String composite = data + d + x + personal + "<";
        return line1 + "\n" + data + nationality + d + "M" + x + personal + "<" + Mrz.checkDigit(composite);
    }

    long audits(String action) {
        return jdbc.sql("select count(*) from audit.audit_event where action = :a").param("a", action)
                .query(Long.class).single();
    }

    @Test
    void borderPassIsValidOnlyForTheNeighbouringProvincesPair() {
        LocalDate today = LocalDate.now(VietnamTime.ZONE);
        String vn = declarations.declare(new PersonDeclarationRequest(GATE, TravelDocumentType.BORDER_PASS, "GT123456",
                "Rơ Châm", "H'Luyên", "VNM", LocalDate.of(1990, 1, 1), CrossingPurpose.VISIT_FAMILY, today,
                Direction.EXIT, "vi")).reference();
        String th = declarations.declare(new PersonDeclarationRequest(GATE, TravelDocumentType.BORDER_PASS, "GT654321",
                "Somchai", "Dee", "THA", LocalDate.of(1990, 1, 1), CrossingPurpose.TRADE, today,
                Direction.ENTRY, "vi")).reference();
        actAs("bienphong.lethanh", GATE, Role.BORDER_GUARD);
        ClearanceCase ok = clearance.scan(GATE, new ScanInput(vn, null, null));
        assertThat(ok.ruleIssues()).doesNotContain("border.ops.rule.borderPassNotValidHere");
        ClearanceCase bad = clearance.scan(GATE, new ScanInput(th, null, null));
        assertThat(bad.ruleIssues()).contains("border.ops.rule.borderPassNotValidHere");
        assertThat(bad.suggestion()).isEqualTo(Decision.SECONDARY);
    }

    @Test
    void faceImageIsStoredWithTheCrossingAndReadOnlyByTheGateAudited() {
        actAs("bienphong.lethanh", GATE, Role.BORDER_GUARD);
        ClearanceCase c = clearance.scan(GATE,
                new ScanInput(null, passport("SOK<<CHANTHOU", "KHM", "N0000001<", "900101"), Direction.ENTRY));
        long reads = audits("border.image.read");
        var list = images.list(c.crossingId());
        assertThat(list).extracting(CrossingImage::kind).containsExactly("FACE");
        assertThat(list.get(0).matchScore()).isEqualTo(0.93);
        assertThat(images.open(list.get(0).id()).bytes()).isEqualTo(FACE);
        assertThat(audits("border.image.read")).isEqualTo(reads + 1);

        actAs("other.gate", "000.00.40.H99", Role.BORDER_GUARD);
        assertThatThrownBy(() -> images.list(c.crossingId())).isInstanceOf(DomainException.class);
        actAs("clerk", GATE, Role.DESK_OFFICER);
        assertThatThrownBy(() -> images.open(list.get(0).id())).isInstanceOf(DomainException.class);
    }

    @Test
    void registerSearchFiltersByNameInAnyOrderNationalityAndDecisionPaged() {
        actAs("bienphong.lethanh", GATE, Role.BORDER_GUARD);
        for (int i = 0; i < 3; i++) {
            ClearanceCase c = clearance.scan(GATE, new ScanInput(null,
                    passport("PHAM<<VAN<TUAN", "VNM", "S00000" + (10 + i) + "<", "850505"), Direction.EXIT));
            clearance.decide(c.crossingId(), i == 2 ? Decision.REFUSE : Decision.CLEAR, i == 2 ? "forged" : null);
        }
        LocalDate today = LocalDate.now(VietnamTime.ZONE);
        long searches = audits("border.register.search");
        CrossingPage page = register.search(new CrossingQuery(GATE, today, today, "tuấn phạm", null, "vnm", null,
                null, 0, 2));
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.rows()).hasSize(2);
        assertThat(page.pages()).isEqualTo(2);
        assertThat(register.search(new CrossingQuery(GATE, today, today, "Tuan Pham", null, null, null, null, 1, 2))
                .rows()).hasSize(1);
        assertThat(register.search(new CrossingQuery(GATE, today, today, "pham van tuan", null, null,
                Decision.REFUSE, null, 0, 10)).rows()).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("forged"));
        assertThat(register.search(new CrossingQuery(GATE, today, today, "pham tuan", null, "KHM", null, null, 0, 10))
                .total()).isZero();
        assertThat(register.search(new CrossingQuery(GATE, today.minusDays(3), today.minusDays(1), "pham tuan", null,
                null, null, null, 0, 10)).total()).isZero();
        assertThat(audits("border.register.search")).isEqualTo(searches + 5);
        actAs("other.gate", "000.00.40.H99", Role.BORDER_GUARD);
        assertThatThrownBy(() -> register.search(new CrossingQuery(GATE, null, null, null, null, null, null, null, 0, 10)))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void retentionPurgeDeletesOldCrossingsWithTheirImagesAndAuditsIt() throws Exception {
        actAs("bienphong.lethanh", GATE, Role.BORDER_GUARD);
        byte[] oldFace = ("old-face-" + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        ClearanceCase old = clearance.scan(GATE,
                new ScanInput(null, passport("OLD<<PERSON", "VNM", "R0000001<", "700101"), Direction.EXIT));
        clearance.decide(old.crossingId(), Decision.CLEAR, null);
        CrossingImage image = images.attach(old.crossingId(), "FINGERPRINT", new DeviceCapture(oldFace, "image/png", null));
        ClearanceCase recent = clearance.scan(GATE,
                new ScanInput(null, passport("NEW<<PERSON", "VNM", "R0000002<", "700101"), Direction.EXIT));
        clearance.decide(recent.crossingId(), Decision.CLEAR, null);
        Instant sixYearsAgo = Instant.now().minus(6 * 366, ChronoUnit.DAYS);
        jdbc.sql("update border.crossing set first_scan_at = :t, decided_at = :t where id = :id")
                .param("t", java.sql.Timestamp.from(sixYearsAgo)).param("id", old.crossingId()).update();
        long purges = audits("border.retention.purge");

        int deleted = purge.purge(Instant.now().minus(5 * 365, ChronoUnit.DAYS));

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select count(*) from border.crossing where id = :id").param("id", old.crossingId())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from border.crossing_image where crossing_id = :id")
                .param("id", old.crossingId()).query(Long.class).single()).isZero();
        assertThat(files.exists(image.sha256())).isFalse();
        assertThat(jdbc.sql("select count(*) from border.crossing where id = :id").param("id", recent.crossingId())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(audits("border.retention.purge")).isEqualTo(purges + 1);
    }
}
