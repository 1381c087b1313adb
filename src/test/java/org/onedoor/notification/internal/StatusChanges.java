package org.onedoor.notification.internal;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.onedoor.catalog.Channel;
import org.onedoor.dossier.DossierSnapshot;
import org.onedoor.dossier.DossierStatus;
import org.onedoor.dossier.DossierStatusChanged;

/** Builds DossierStatusChanged events for one fresh dossier code, as the dossier module would publish them. */
final class StatusChanges {

    /** 26/11/2026 16:00 Vietnam time. */
    static final Instant DUE = Instant.parse("2026-11-26T09:00:00Z");

    final String code = "000.00.12.H23-261123-" + ThreadLocalRandom.current().nextInt(1000, 10000) + "x" + System.nanoTime() % 100000;
    String email = "hang.nguyen@example.vn";
    String phone = "09" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
    String locale = "vi";

    static StatusChanges forNewDossier() {
        return new StatusChanges();
    }

    StatusChanges inLocale(String tag) {
        this.locale = tag;
        return this;
    }

    StatusChanges email(String address) {
        this.email = address;
        return this;
    }

    StatusChanges phone(String number) {
        this.phone = number;
        return this;
    }

    DossierStatusChanged change(int sequence, DossierStatus from, String action, DossierStatus to, String comment) {
        DossierSnapshot dossier = new DossierSnapshot(code, "1.001193", 1, "Đăng ký khai sinh", "000.00.12.H23",
                "000.00.12.H23", Channel.ONLINE, to, Instant.parse("2026-11-23T02:30:00Z"), DUE, null, 0, false,
                "Nguyễn Thị Hằng", email, phone, locale);
        return new DossierStatusChanged(sequence, from, action, "officer1", comment, Instant.now(), dossier);
    }

    DossierStatusChanged received() {
        return change(2, DossierStatus.NEW, "RECEIVE", DossierStatus.RECEIVED, null);
    }

}
