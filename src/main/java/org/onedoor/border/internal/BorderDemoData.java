package org.onedoor.border.internal;

import java.time.LocalDate;

import org.onedoor.border.CrossingPurpose;
import org.onedoor.border.Declarations;
import org.onedoor.border.Direction;
import org.onedoor.border.PersonDeclarationRequest;
import org.onedoor.border.TravelDocumentType;
import org.onedoor.border.WatchList;
import org.onedoor.common.VietnamTime;
import org.onedoor.platform.OneDoorProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo data of the Lệ Thanh border gate (000.00.40.H21) when demo data is on: a small fictitious watch list (only
 * if the list is empty) and, for today, a pre-declaration of the demo passport {@code C1234567} (Trần Thị Mai,
 * born 04/03/1980, exit to Cambodia) whose MRZ is in docs/demo-accounts.md, so the gate journey can be tried.
 */
@Component
@Order(90)
class BorderDemoData implements ApplicationRunner {

    static final String LE_THANH = "000.00.40.H21";
    static final String DEMO_PASSPORT = "C1234567";
    /** The demo passport's zone (fictitious; every check digit right). */
    static final String DEMO_MRZ = "P<VNMTRAN<<THI<MAI<<<<<<<<<<<<<<<<<<<<<<<<<<\nC1234567<0VNM8003041F3408157<<<<<<<<<<<<<<<2";

    private final JdbcClient jdbc;
    private final WatchList watchList;
    private final Declarations declarations;
    private final OneDoorProperties properties;

    BorderDemoData(JdbcClient jdbc, WatchList watchList, Declarations declarations, OneDoorProperties properties) {
        this.jdbc = jdbc;
        this.watchList = watchList;
        this.declarations = declarations;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo()) {
            return;
        }
        if (jdbc.sql("select count(*) from border.watch_list_entry").query(Long.class).single() == 0) {
            String[][] listed = {
                    {"Nguyễn Văn Hùng", "1975-06-14", "VNM", "Lệnh truy nã (demo)"},
                    {"Sok Chanthou", "1982-11-02", "KHM", "Cấm nhập cảnh 5 năm (demo)"},
                    {"Phạm Thị Lan", "1990-01-20", "VNM", "Tạm hoãn xuất cảnh (demo)"},
                    {"Chea Sophea", "", "KHM", "Nghi vấn buôn lậu (demo)"},
                    {"Trần Quốc Tuấn", "1968-09-09", "VNM", "Tạm hoãn xuất cảnh (demo)"},
                    {"Keo Dara", "1979-04-30", "KHM", "Cấm nhập cảnh (demo)"},
                    {"Souksavanh Phommachanh", "1985-12-12", "LAO", "Thông báo của Interpol (demo)"},
                    {"Lê Minh Khang", "1993-07-07", "", "Theo dõi (demo)"}};
            for (String[] e : listed) {
                watchList.add(e[0], e[1].isEmpty() ? null : LocalDate.parse(e[1]), e[2].isEmpty() ? null : e[2],
                        e[3], "demo");
            }
        }
        LocalDate today = LocalDate.now(VietnamTime.ZONE);
        if (declarations.forDocument(LE_THANH, DEMO_PASSPORT, "VNM", today).isEmpty()) {
            declarations.declare(new PersonDeclarationRequest(LE_THANH, TravelDocumentType.PASSPORT, DEMO_PASSPORT,
                    "Trần", "Thị Mai", "VNM", LocalDate.of(1980, 3, 4), CrossingPurpose.WORK, today, Direction.EXIT,
                    "vi"));
        }
    }
}
