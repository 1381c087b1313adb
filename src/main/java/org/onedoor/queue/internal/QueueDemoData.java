package org.onedoor.queue.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.onedoor.platform.OneDoorProperties;
import org.onedoor.queue.QueueLine;
import org.onedoor.queue.ServiceCounter;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo floors at the Phường Hoàn Kiếm (000.00.31.H24) and Xã Gia Phú (000.00.31.H37) centres when demo data is on:
 * lines A (dossier intake), B (certification), C (result collection) linked to the demo catalogue's commune
 * procedures, and counters 1–4 with their work profiles. Idempotent: a line is inserted only if the centre has none
 * with its prefix, counters only if the centre has none.
 */
@Component
@Order(80)
class QueueDemoData implements ApplicationRunner {

    static final String HOAN_KIEM = "000.00.31.H24";
    static final String GIA_PHU = "000.00.31.H37";

    /** Commune procedures of the demo catalogue received at the intake line A (civil status, residence, business …). */
    static final List<String> INTAKE = List.of("1.001193", "1.000689", "1.004884", "1.000656", "1.000894",
            "1.004873", "1.001022", "1.004859", "2.000635", "1.004222", "1.004194", "1.004206", "1.004200",
            "1.012756", "1.009994", "1.009997", "2.000720", "2.000575", "1.001776");
    /** Certification procedures (chứng thực) at line B. */
    static final List<String> CERTIFICATION = List.of("2.000815", "2.000884", "2.000913");

    private final JdbcClient jdbc;
    private final OneDoorProperties properties;
    private final FloorConfiguration configuration;

    QueueDemoData(JdbcClient jdbc, OneDoorProperties properties, FloorConfiguration configuration) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.configuration = configuration;
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
            floor(centre);
        }
    }

    private void floor(String centre) {
        Map<String, Long> line = new HashMap<>();
        jdbc.sql("select prefix, id from queue.queue_line where centre = :centre").param("centre", centre)
                .query((rs, n) -> line.put(rs.getString("prefix"), rs.getLong("id"))).list();
        for (String code : INTAKE) {
            configuration.linkProcedure(lineRef(centre, line.get("A")), code);
        }
        for (String code : CERTIFICATION) {
            configuration.linkProcedure(lineRef(centre, line.get("B")), code);
        }
        boolean hasCounters = jdbc.sql("select exists (select 1 from queue.counter where centre = :centre)")
                .param("centre", centre).query(Boolean.class).single();
        if (hasCounters) {
            return;
        }
        long a = line.get("A");
        long b = line.get("B");
        long c = line.get("C");
        // 1 and 2 receive dossiers (2 also certifies), 3 certifies first, 4 hands out results and helps with intake
        // when someone has waited at A for more than 20 minutes
        counter(centre, "1", step(a), step(c));
        counter(centre, "2", step(a), step(b));
        counter(centre, "3", step(b), step(a));
        counter(centre, "4", new ServiceCounter.ProfileStep(a, 20), step(c));
    }

    private void counter(String centre, String code, ServiceCounter.ProfileStep... steps) {
        configuration.saveCounter(new ServiceCounter(centre, code, "Quầy " + code, "Counter " + code, "Loket " + code,
                List.of(steps)), true);
    }

    private static ServiceCounter.ProfileStep step(long line) {
        return new ServiceCounter.ProfileStep(line, null);
    }

    private static QueueLine lineRef(String centre, long id) {
        return new QueueLine(id, centre, "?", "", "", "", 3);
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
