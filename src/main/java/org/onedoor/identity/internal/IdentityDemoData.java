package org.onedoor.identity.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.onedoor.identity.Permission;
import org.onedoor.identity.Role;
import org.onedoor.platform.OneDoorProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo accounts (demo mode only), all with the password {@value #PASSWORD}; listed in docs/demo-accounts.md.
 * <ul>
 * <li>every demo agency that handles dossiers (provincial centre, departments, land office, communes, the Lệ Thanh
 *     border-guard station): {@code motcua.<unit>} desk officer, {@code chuyenvien.<unit>} specialist,
 *     {@code lanhdao.<unit>} leader and signer;</li>
 * <li>per province: {@code quanly.<province>} centre manager, {@code chutich.<province>} provincial leader;
 *     {@code quanly.hoankiem} manages the demo floor of Phường Hoàn Kiếm;</li>
 * <li>{@code admin}; {@code motcua.laocai} also holds POPULATION_LOOKUP; citizen {@code congdan}.</li>
 * </ul>
 * Idempotent: skipped when any account exists.
 */
@Component
@Order(20)
class IdentityDemoData implements ApplicationRunner {

    static final String PASSWORD = "Demo@2026";
    private static final Logger log = LoggerFactory.getLogger(IdentityDemoData.class);

    /** Province slug, level-1 code, Vietnamese short name, commune slugs with their level-2 numbers. */
    private record DemoProvince(String slug, String h, String name, List<String[]> communes) {
    }

    private static final List<DemoProvince> PROVINCES = List.of(
            new DemoProvince("laocai", "H37", "Lào Cai", List.of(u("giaphu", "31", "Xã Gia Phú"), u("phuonglaocai", "32", "Phường Lào Cai"), u("camduong", "33", "Phường Cam Đường"))),
            new DemoProvince("hanoi", "H24", "Hà Nội", List.of(u("hoankiem", "31", "Phường Hoàn Kiếm"), u("badinh", "32", "Phường Ba Đình"), u("caugiay", "33", "Phường Cầu Giấy"), u("socson", "34", "Xã Sóc Sơn"))),
            new DemoProvince("gialai", "H21", "Gia Lai", List.of(u("pleiku", "31", "Phường Pleiku"), u("quynhon", "32", "Phường Quy Nhơn"), u("iadom", "33", "Xã Ia Dom"), u("bienphonglethanh", "40", "Đồn Biên phòng CKQT Lệ Thanh"))),
            new DemoProvince("camau", "H12", "Cà Mau", List.of(u("anxuyen", "31", "Phường An Xuyên"), u("langtron", "32", "Phường Láng Tròn"), u("giarai", "33", "Phường Giá Rai"))),
            new DemoProvince("thanhhoa", "H55", "Thanh Hóa", List.of(u("hacthanh", "31", "Phường Hạc Thành"), u("bimson", "32", "Phường Bỉm Sơn"), u("bathuoc", "33", "Xã Bá Thước"))));

    private static final List<String[]> DEPARTMENTS = List.of(u("stp", "000.00.11", "Sở Tư pháp"),
            u("sxd", "000.00.12", "Sở Xây dựng"), u("snnmt", "000.00.13", "Sở Nông nghiệp và Môi trường"),
            u("vpdkdd", "000.13.01", "Văn phòng Đăng ký đất đai"), u("stc", "000.00.14", "Sở Tài chính"),
            u("congan", "000.00.15", "Công an tỉnh"));

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final OneDoorProperties properties;

    IdentityDemoData(AccountStore accounts, PasswordEncoder encoder, OneDoorProperties properties) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.demo()) {
            return;
        }
        borderGuards();
        if (accounts.count() > BORDER_ACCOUNTS.length) {
            floorManagers();
            return;
        }
        String hash = encoder.encode(PASSWORD); // one bcrypt run for all demo accounts keeps start-up fast
        officer("admin", "Quản trị hệ thống", "000.00.00.H24", hash, EnumSet.of(Role.ADMIN), Set.of());
        for (DemoProvince p : PROVINCES) {
            String province = "000.00.00." + p.h();
            String centre = "000.00.20." + p.h();
            officer("chutich." + p.slug(), "Lãnh đạo UBND " + p.name(), province, hash, EnumSet.of(Role.LEADER, Role.SIGNER), Set.of());
            officer("quanly." + p.slug(), "Giám đốc Trung tâm PVHCC " + p.name(), centre, hash,
                    EnumSet.of(Role.CENTRE_MANAGER, Role.LEADER), Set.of());
            team(p.slug(), "Trung tâm PVHCC " + p.name(), centre, hash);
            for (String[] d : DEPARTMENTS) {
                team(d[0] + "." + p.slug(), d[2] + " " + p.name(), d[1] + "." + p.h(), hash);
            }
            for (String[] c : p.communes()) {
                team(c[0], c[2] + " (" + p.name() + ")", "000.00." + c[1] + "." + p.h(), hash);
            }
        }
        accounts.create(new AccountStore.Account("congdan", hash, "Nguyễn Văn An", "congdan@example.org", "0912345678",
                null, "001090012345", LocalDate.of(1990, 5, 12), true, null, 0, EnumSet.of(Role.CITIZEN),
                EnumSet.noneOf(Permission.class)));
        floorManagers();
        log.info("Demo accounts loaded ({} accounts, password {})", accounts.count(), PASSWORD);
    }

    /**
     * The manager of the demo floor at Phường Hoàn Kiếm (issue 4: configures its lines and counters at
     * /queue/000.00.31.H24/settings); added to older demo databases too.
     */
    private void floorManagers() {
        if (accounts.find("quanly.hoankiem").isEmpty()) {
            officer("quanly.hoankiem", "Giám đốc Trung tâm PVHCC Phường Hoàn Kiếm", "000.00.31.H24",
                    encoder.encode(PASSWORD), EnumSet.of(Role.CENTRE_MANAGER), Set.of());
        }
    }

    /** The Lệ Thanh border-guard station's gate accounts (issue 5); added to older demo databases too. */
    private static final String[][] BORDER_ACCOUNTS = {
            {"bienphong.lethanh", "Cán bộ biên phòng – CKQT Lệ Thanh", "BORDER_GUARD"},
            {"chihuy.lethanh", "Chỉ huy Đồn Biên phòng CKQT Lệ Thanh", "BORDER_SUPERVISOR"}};

    private void borderGuards() {
        String hash = null;
        for (String[] a : BORDER_ACCOUNTS) {
            if (accounts.find(a[0]).isEmpty()) {
                hash = hash == null ? encoder.encode(PASSWORD) : hash;
                Set<Role> roles = a[2].equals("BORDER_SUPERVISOR")
                        ? EnumSet.of(Role.BORDER_SUPERVISOR, Role.BORDER_GUARD) : EnumSet.of(Role.BORDER_GUARD);
                officer(a[0], a[1], "000.00.40.H21", hash, roles, Set.of());
            }
        }
    }

    private void team(String unit, String label, String agencyCode, String hash) {
        Set<Permission> lookup = unit.equals("laocai") ? EnumSet.of(Permission.POPULATION_LOOKUP) : Set.of();
        officer("motcua." + unit, "Cán bộ một cửa – " + label, agencyCode, hash, EnumSet.of(Role.DESK_OFFICER), lookup);
        officer("chuyenvien." + unit, "Chuyên viên – " + label, agencyCode, hash, EnumSet.of(Role.SPECIALIST), Set.of());
        officer("lanhdao." + unit, "Lãnh đạo – " + label, agencyCode, hash, EnumSet.of(Role.LEADER, Role.SIGNER), Set.of());
    }

    private void officer(String username, String fullName, String agencyCode, String hash, Set<Role> roles, Set<Permission> permissions) {
        accounts.create(new AccountStore.Account(username, hash, fullName, null, null, agencyCode, null, null, true,
                null, 0, roles, permissions));
    }

    private static String[] u(String slug, String code, String label) {
        return new String[] {slug, code, label};
    }
}
