package org.onedoor.border.internal;

import java.io.StringReader;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.onedoor.border.ClearanceCase;
import org.onedoor.border.Decision;
import org.onedoor.border.Direction;
import org.onedoor.border.ScanInput;
import org.onedoor.border.screening.SyntheticPeople;
import org.onedoor.identity.Role;
import org.onedoor.identity.internal.AccountPrincipal;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The gate's system time per passenger against 1,000,000 watch-list entries (issue 5's benchmark): the list is
 * copied into PostgreSQL and loaded into the index the way a start-up loads it; then (a) screening alone, with the
 * date of birth as at the gate and name-only; (b) a whole clearance: MRZ read, declaration look-up, document
 * checks, screening, crossing row written at the first scan, decision written with the event and audit (durable
 * commits); (c) crossings recorded per second with two lanes at once. Run with {@code bench/border-screening.sh}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@SpringBootTest(properties = "onedoor.database.durable=true")
@ActiveProfiles("test")
class BorderClearanceBenchmark {

    private static final int LIST = 1_000_000;
    private static final String GATE = "000.00.40.H21";

    @Autowired WatchListService watchList;
    @Autowired ClearanceService clearance;
    @Autowired DataSource dataSource;

    @Test
    void screeningAndClearanceAgainstAMillionEntries() throws Exception {
        SyntheticPeople people = new SyntheticPeople(1L);
        List<SyntheticPeople.Person> listed = new ArrayList<>(LIST);
        StringBuilder csv = new StringBuilder(LIST * 60);
        for (int i = 0; i < LIST; i++) {
            SyntheticPeople.Person p = people.next();
            listed.add(p);
            // one in ten without a date of birth, as real lists have
            csv.append(p.name()).append('\t').append(i % 10 == 0 ? "\\N" : p.dateOfBirth().toString()).append('\t')
                    .append(p.nationality()).append("\tbenchmark\tbenchmark\n");
        }
        long t0 = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy border.watch_list_entry "
                    + "(full_name, date_of_birth, nationality, reason, source) from stdin", new StringReader(csv.toString()));
        }
        long t1 = System.nanoTime();
        watchList.run(null);
        long t2 = System.nanoTime();
        System.out.printf("BENCHMARK watch list: %,d entries copied into PostgreSQL in %.1f s, loaded into the index in %.1f s (heap used %d MiB)%n",
                watchList.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);

        SyntheticPeople variants = new SyntheticPeople(5L);
        SyntheticPeople strangers = new SyntheticPeople(6L);
        for (int round = 0; round < 2; round++) { // the first round warms the JIT
            int n = round == 0 ? 5_000 : 10_000;
            long[] dated = new long[n];
            long[] nameOnly = new long[n / 10];
            int hits = 0;
            for (int i = 0; i < n; i++) {
                boolean known = i % 2 == 0;
                SyntheticPeople.Person p = known ? listed.get((int) ((i * 2_654_435_761L) % LIST)) : strangers.next();
                String name = known ? variants.typo(SyntheticPeople.withoutDiacritics(p.name())) : p.name();
                long s = System.nanoTime();
                hits += watchList.screen(name, p.dateOfBirth(), p.nationality()).hits().size();
                dated[i] = System.nanoTime() - s;
                if (i % 10 == 0) {
                    s = System.nanoTime();
                    watchList.screen(SyntheticPeople.withoutDiacritics(p.name()), null, p.nationality());
                    nameOnly[i / 10] = System.nanoTime() - s;
                }
            }
            if (round == 1) {
                System.out.printf("BENCHMARK screening with date of birth (%,d: half listed people with a typo, half strangers): %s, %d hits%n",
                        n, percentiles(dated), hits);
                System.out.printf("BENCHMARK screening by name only (%,d): %s%n", nameOnly.length, percentiles(nameOnly));
            }
        }

        var guard = new AccountPrincipal("bienphong.lethanh", "Cán bộ biên phòng", GATE, Set.of(Role.BORDER_GUARD), Set.of());
        var auth = UsernamePasswordAuthenticationToken.authenticated(guard, null, guard.authorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        int passengers = 400;
        long[] total = new long[passengers];
        for (int i = 0; i < passengers + 100; i++) {
            SyntheticPeople.Person p = strangers.next();
            String mrz = mrz(p, i);
            long s = System.nanoTime();
            ClearanceCase c = clearance.scan(GATE, new ScanInput(null, mrz, Direction.ENTRY));
            clearance.decide(c.crossingId(), Decision.CLEAR, null);
            if (i >= 100) {
                total[i - 100] = System.nanoTime() - s;
            }
        }
        System.out.printf("BENCHMARK one passenger's clearance (MRZ parse, checks, screening of %,d entries, crossing opened and decided, durable): %s%n",
                watchList.size(), percentiles(total));

        int lanes = 2;
        int perLane = 300;
        ExecutorService pool = Executors.newFixedThreadPool(lanes);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int lane = 0; lane < lanes; lane++) {
            int l = lane;
            done.add(pool.submit(() -> {
                SecurityContextHolder.getContext().setAuthentication(auth);
                SyntheticPeople travellers = new SyntheticPeople(100 + l);
                for (int i = 0; i < perLane; i++) {
                    ClearanceCase c = clearance.scan(GATE, new ScanInput(null, mrz(travellers.next(), i), Direction.EXIT));
                    clearance.decide(c.crossingId(), Decision.CLEAR, null);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("BENCHMARK crossings recorded per second, %d lanes: %.0f%n", lanes, lanes * perLane / seconds);
    }

    private static String mrz(SyntheticPeople.Person p, int i) {
        String[] words = SyntheticPeople.withoutDiacritics(p.name()).toUpperCase().replaceAll("[^A-Z ]", "").split(" ");
        String names = words[0] + "<<" + String.join("<", Arrays.copyOfRange(words, 1, words.length));
        String number = String.format("B%07d<", i % 10_000_000);
        String dob = p.dateOfBirth().format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"));
        String state = p.nationality();
        String line1 = ("P<" + state + names + "<".repeat(44)).substring(0, 44);
        String d = number + org.onedoor.iddocument.Mrz.checkDigit(number);
        String b = dob + org.onedoor.iddocument.Mrz.checkDigit(dob);
        String x = "350101" + org.onedoor.iddocument.Mrz.checkDigit("350101");
        String personal = "<".repeat(14) + "<";
        return line1 + "\n" + d + state + b + "M" + x + personal + org.onedoor.iddocument.Mrz.checkDigit(d + b + x + personal);
    }

    private static String percentiles(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format("p50 %.3f ms, p99 %.3f ms, max %.3f ms", s[s.length / 2] / 1e6,
                s[(int) (s.length * 0.99)] / 1e6, s[s.length - 1] / 1e6);
    }
}
