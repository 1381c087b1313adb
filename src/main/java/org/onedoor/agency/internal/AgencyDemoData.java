package org.onedoor.agency.internal;

import java.time.LocalDate;

import org.onedoor.agency.AgencyLevel;
import org.onedoor.platform.OneDoorProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo agencies in the places the sources name (issue 2): Lào Cai, Hà Nội, Gia Lai, Cà Mau, Thanh Hóa, in the
 * two-level local government in force since 1 July 2025, plus the merged Bạc Liêu agencies as history.
 * <p>
 * Level-1 codes: the {@code Hnn} codes below number the 63 pre-2025 provinces in Vietnamese alphabetical order
 * (Cà Mau H12, Gia Lai H21, Hà Nội H24, Lào Cai H37, Thanh Hóa H55, Bạc Liêu H05), our best reading of the
 * QCVN 102:2016 annex, not checked against the official list (see docs/decisions/0140). Lower groups are
 * illustrative. Codes are data: administrators correct them on /admin/agencies.
 * <p>
 * Runs first among demo loaders (identity's demo accounts refer to these codes). Idempotent: skipped when any
 * agency exists.
 */
@Component
@Order(10)
class AgencyDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AgencyDemoData.class);
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private final JdbcClient jdbc;
    private final AgencyRegistry registry;
    private final OneDoorProperties properties;

    AgencyDemoData(JdbcClient jdbc, AgencyRegistry registry, OneDoorProperties properties) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.demo() || jdbc.sql("select count(*) from agency.agency").query(Integer.class).single() > 0) {
            return;
        }
        province("H37", "tỉnh Lào Cai", "Lao Cai Province", "Lào Cai",
                commune("31", "Xã Gia Phú", "Gia Phu Commune"),
                commune("32", "Phường Lào Cai", "Lao Cai Ward"),
                commune("33", "Phường Cam Đường", "Cam Duong Ward"));
        province("H24", "thành phố Hà Nội", "Hanoi City", "Hà Nội",
                commune("31", "Phường Hoàn Kiếm", "Hoan Kiem Ward"),
                commune("32", "Phường Ba Đình", "Ba Dinh Ward"),
                commune("33", "Phường Cầu Giấy", "Cau Giay Ward"),
                commune("34", "Xã Sóc Sơn", "Soc Son Commune"));
        province("H21", "tỉnh Gia Lai", "Gia Lai Province", "Gia Lai",
                commune("31", "Phường Pleiku", "Pleiku Ward"),
                commune("32", "Phường Quy Nhơn", "Quy Nhon Ward"),
                commune("33", "Xã Ia Dom", "Ia Dom Commune"));
        insert("000.00.40.H21", "H21.40", "Đồn Biên phòng Cửa khẩu quốc tế Lệ Thanh",
                "Le Thanh International Border Gate Border-Guard Station", AgencyLevel.OTHER, "000.00.00.H21", "000.00.00.H21");
        province("H12", "tỉnh Cà Mau", "Ca Mau Province", "Cà Mau",
                commune("31", "Phường An Xuyên", "An Xuyen Ward"),
                commune("32", "Phường Láng Tròn", "Lang Tron Ward"),
                commune("33", "Phường Giá Rai", "Gia Rai Ward"));
        province("H55", "tỉnh Thanh Hóa", "Thanh Hoa Province", "Thanh Hóa",
                commune("31", "Phường Hạc Thành", "Hac Thanh Ward"),
                commune("32", "Phường Bỉm Sơn", "Bim Son Ward"),
                commune("33", "Xã Bá Thước", "Ba Thuoc Commune"));
        history();
        log.info("Demo agencies loaded");
    }

    /** Resolution 202/2025/QH15: Bạc Liêu merged into Cà Mau; the district-level town of Giá Rai was abolished. */
    private void history() {
        insert("000.00.00.H05", "H05", "Ủy ban nhân dân tỉnh Bạc Liêu", "Bac Lieu Provincial People's Committee",
                AgencyLevel.PROVINCE, null, "000.00.00.H05");
        insert("000.00.31.H05", "H05.31", "Ủy ban nhân dân thị xã Giá Rai", "Gia Rai Town People's Committee",
                AgencyLevel.COMMUNE, "000.00.00.H05", "000.00.00.H05");
        registry.merge("000.00.31.H05", "000.00.33.H12", REFORM,
                "Nghị quyết 1655/NQ-UBTVQH15: thành lập phường Giá Rai (verify)", "system");
        registry.merge("000.00.00.H05", "000.00.00.H12", REFORM, "Nghị quyết 202/2025/QH15: hợp nhất tỉnh Bạc Liêu và tỉnh Cà Mau", "system");
    }

    private void province(String h, String nameVi, String nameEn, String shortName, String[]... communes) {
        String code = "000.00.00." + h;
        insert(code, h, "Ủy ban nhân dân " + nameVi, nameEn.endsWith(" City") ? nameEn + " People's Committee" : nameEn.replace(" Province", "") + " Provincial People's Committee",
                AgencyLevel.PROVINCE, null, code);
        String police = nameVi.startsWith("thành phố") ? "Công an thành phố " + shortName : "Công an tỉnh " + shortName;
        department(h, "11", "Sở Tư pháp " + shortName, "Department of Justice of " + nameEn);
        department(h, "12", "Sở Xây dựng " + shortName, "Department of Construction of " + nameEn);
        department(h, "13", "Sở Nông nghiệp và Môi trường " + shortName, "Department of Agriculture and Environment of " + nameEn);
        insert("000.13.01." + h, h + ".13.01", "Văn phòng Đăng ký đất đai " + nameVi, "Land Registration Office of " + nameEn,
                AgencyLevel.DEPARTMENT, "000.00.13." + h, code);
        department(h, "14", "Sở Tài chính " + shortName, "Department of Finance of " + nameEn);
        department(h, "15", police, "Police of " + nameEn);
        insert("000.00.20." + h, h + ".20", "Trung tâm Phục vụ hành chính công " + nameVi,
                "Public Administrative Service Centre of " + nameEn, AgencyLevel.SERVICE_CENTRE, code, code);
        for (String[] commune : communes) {
            insert("000.00." + commune[0] + "." + h, h + "." + commune[0], commune[1], commune[2], AgencyLevel.COMMUNE, code, code);
        }
    }

    private void department(String h, String n, String name, String nameEn) {
        insert("000.00." + n + "." + h, h + "." + n, name, nameEn, AgencyLevel.DEPARTMENT, "000.00.00." + h, "000.00.00." + h);
    }

    private static String[] commune(String n, String name, String nameEn) {
        return new String[] {n, name, nameEn};
    }

    private void insert(String code, String code2020, String name, String nameEn, AgencyLevel level, String parent, String province) {
        jdbc.sql("""
                insert into agency.agency (code, code2020, name, name_en, level, parent_code, province_code, active, valid_from)
                values (:code, :code2020, :name, :nameEn, :level, :parent, :province, true, :from)""")
                .param("code", code).param("code2020", code2020).param("name", name).param("nameEn", nameEn)
                .param("level", level.name()).param("parent", parent).param("province", province)
                .param("from", code.endsWith("H05") ? LocalDate.of(2004, 1, 1) : REFORM).update();
        registry.history(code, "CREATED", null, code.endsWith("H05") ? LocalDate.of(2004, 1, 1) : REFORM, null, name, "demo data", "system");
    }
}
