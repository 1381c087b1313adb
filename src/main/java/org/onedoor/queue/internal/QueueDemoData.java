package org.onedoor.queue.internal;

import org.onedoor.platform.OneDoorProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo queue lines at the Phường Hoàn Kiếm (000.00.31.H24) and Xã Gia Phú (000.00.31.H37) centres when demo data is
 * on. Idempotent: a line is inserted only if the centre has none with its prefix.
 */
@Component
@Order(80)
class QueueDemoData implements ApplicationRunner {

    static final String HOAN_KIEM = "000.00.31.H24";
    static final String GIA_PHU = "000.00.31.H37";

    private final JdbcClient jdbc;
    private final OneDoorProperties properties;

    QueueDemoData(JdbcClient jdbc, OneDoorProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.demo()) {
            return;
        }
        for (String centre : new String[] {HOAN_KIEM, GIA_PHU}) {
            line(centre, "A", "Tiếp nhận hồ sơ", "Dossier intake", "Penerimaan berkas");
            line(centre, "B", "Chứng thực", "Certification", "Legalisasi");
            line(centre, "C", "Trả kết quả", "Result collection", "Pengambilan hasil");
        }
    }

    private void line(String centre, String prefix, String vi, String en, String id) {
        jdbc.sql("""
                        insert into queue.queue_line (centre, prefix, name_vi, name_en, name_id, priority_every)
                        values (:centre, :prefix, :vi, :en, :id, 3)
                        on conflict (centre, prefix) do nothing""")
                .param("centre", centre).param("prefix", prefix).param("vi", vi).param("en", en).param("id", id)
                .update();
    }
}
