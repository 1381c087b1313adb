package org.onedoor.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.onedoor.agency.internal.AgencyRegistry;
import org.onedoor.agency.internal.AgencyRegistry.AgencyRecord;
import org.onedoor.common.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AgencyIntegrationTest {

    @Autowired
    Agencies agencies;

    @Autowired
    AgencyRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsTheDemoAgenciesOfTheFiveProvinces() {
        assertThat(agencies.find("000.00.00.H37")).get().extracting(Agency::level).isEqualTo(AgencyLevel.PROVINCE);
        assertThat(agencies.children("000.00.00.H37")).extracting(Agency::name).contains("Xã Gia Phú",
                "Trung tâm Phục vụ hành chính công tỉnh Lào Cai", "Sở Tư pháp Lào Cai");
        assertThat(agencies.all()).extracting(Agency::name).contains("Phường Láng Tròn", "Phường Giá Rai",
                "Phường Bỉm Sơn", "Xã Bá Thước", "Trung tâm Phục vụ hành chính công thành phố Hà Nội");
        assertThat(agencies.find("000.00.40.H21")).get()
                .satisfies(a -> assertThat(a.level()).isEqualTo(AgencyLevel.OTHER))
                .satisfies(a -> assertThat(a.name()).contains("Lệ Thanh"));
        assertThat(agencies.children("000.00.13.H37")).extracting(Agency::name).anyMatch(n -> n.startsWith("Văn phòng Đăng ký đất đai"));
    }

    @Test
    void findsAnAgencyByItsDecision2020Code() {
        assertThat(agencies.find("H37.31")).get().extracting(Agency::code).isEqualTo("000.00.31.H37");
        assertThat(agencies.find("not a code")).isEmpty();
    }

    @Test
    void showsTheHistoricalMergerInTheDemoData() {
        Agency giaRaiTown = agencies.find("000.00.31.H05").orElseThrow();
        assertThat(giaRaiTown.active()).isFalse();
        assertThat(giaRaiTown.successorCode()).isEqualTo("000.00.33.H12");
        assertThat(agencies.current("000.00.31.H05")).get().extracting(Agency::name).isEqualTo("Phường Giá Rai");
        assertThat(registry.history("000.00.31.H05")).extracting(AgencyRegistry.HistoryEntry::event).contains("MERGED");
    }

    @Test
    void currentFollowsAChainOfMergers() {
        save("000.00.91.H55", "H55.91", "Xã Thử Một");
        save("000.00.92.H55", "H55.92", "Xã Thử Hai");
        save("000.00.93.H55", "H55.93", "Xã Thử Ba");
        registry.merge("000.00.91.H55", "000.00.92.H55", LocalDate.of(2025, 7, 1), null, "test");
        registry.merge("000.00.92.H55", "000.00.93.H55", LocalDate.of(2026, 1, 1), null, "test");

        assertThat(agencies.current("000.00.91.H55")).get().extracting(Agency::code).isEqualTo("000.00.93.H55");
        assertThat(agencies.current("H55.91")).get().extracting(Agency::code).isEqualTo("000.00.93.H55");
        assertThat(agencies.current("000.00.93.H55")).get().extracting(Agency::code).isEqualTo("000.00.93.H55");
    }

    @Test
    void refusesToMergeIntoAnInactiveAgency() {
        save("000.00.94.H55", null, "Xã Thử Bốn");
        assertThatThrownBy(() -> registry.merge("000.00.94.H55", "000.00.00.H05", LocalDate.of(2026, 1, 1), null, "test"))
                .isInstanceOf(DomainException.class);
        assertThat(agencies.find("000.00.94.H55")).get().extracting(Agency::active).isEqualTo(true);
    }

    @Test
    void rejectsMalformedCodesWithFieldErrors() {
        assertThatThrownBy(() -> registry.save(new AgencyRecord("H55.95", "000.00.95.H55", "Sai", "Wrong",
                AgencyLevel.COMMUNE, "000.00.00.H55", null, true, null, null, null), "test"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactlyInAnyOrder("code", "code2020"));
    }

    @Test
    void theDatabaseItselfRejectsAMalformedCode() {
        assertThatThrownBy(() -> jdbc.sql("""
                insert into agency.agency (code, name, name_en, level, parent_code, province_code)
                values ('H55.96', 'x', 'x', 'COMMUNE', '000.00.00.H55', '000.00.00.H55')""").update())
                .hasMessageContaining("check");
    }

    private void save(String code, String code2020, String name) {
        registry.save(new AgencyRecord(code, code2020, name, name + " (en)", AgencyLevel.COMMUNE, "000.00.00.H55",
                null, true, null, LocalDate.of(2025, 7, 1), null), "test");
    }
}
