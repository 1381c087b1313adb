package org.onedoor.border.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onedoor.border.screening.SyntheticPeople.Person;

/**
 * The measured quality bar of watch-list screening (issue 5; thresholds in decision 0502): a generated list of
 * 100,000 people, 4,000 of them looked up under each kind of variant (1,000 without a date of birth) with their date of birth and nationality as
 * the gate reads them, and 4,000 travellers who are not on the list. Prints recall, precision and the false-alarm
 * rate; fails below the documented thresholds.
 */
class ScreeningEvaluationTest {

    /** 100,000 by default; {@code -Dscreening.listSize=1000000} measures the benchmark's size (about a minute). */
    private static final int LIST_SIZE = Integer.getInteger("screening.listSize", 100_000);
    private static final int QUERIES = 4_000;

    private static final NameIndex index = new NameIndex();
    private static final List<Person> listed = new ArrayList<>();
    /** Same folded words, date and nationality: two list entries a screening cannot tell apart. */
    private static final Map<String, List<Integer>> identities = new HashMap<>();

    @BeforeAll
    static void buildList() {
        SyntheticPeople people = new SyntheticPeople(20261123L);
        for (int id = 0; id < LIST_SIZE; id++) {
            Person p = people.next();
            listed.add(p);
            index.put(id, p.name(), p.dateOfBirth(), p.nationality());
            identities.computeIfAbsent(identity(p), k -> new ArrayList<>()).add(id);
        }
    }

    record Figures(int queries, int found, int hits, int wrongHits) {
        double recall() {
            return 100.0 * found / queries;
        }

        double precision() {
            return hits == 0 ? 100.0 : 100.0 * (hits - wrongHits) / hits;
        }
    }

    @Test
    void knownPeopleAreFoundUnderEveryVariantAndStrangersRarelyAlarm() {
        SyntheticPeople variants = new SyntheticPeople(7L);
        Map<String, Figures> figures = new LinkedHashMap<>();
        figures.put("exact", measure(n -> n, true));
        figures.put("diacritics removed", measure(SyntheticPeople::withoutDiacritics, true));
        figures.put("word order changed", measure(variants::reordered, true));
        figures.put("diacritics removed + order changed",
                measure(n -> variants.reordered(SyntheticPeople.withoutDiacritics(n)), true));
        figures.put("diacritics removed, no date of birth", measure(SyntheticPeople::withoutDiacritics, false));
        figures.put("word order changed, no date of birth", measure(variants::reordered, false));
        figures.put("one-letter typo", measure(variants::typo, true));
        figures.put("other romanisation", measure(variants::transliterated, true));
        figures.put("typo + order changed", measure(n -> variants.reordered(variants.typo(n)), true));

        int total = 0;
        int wrong = 0;
        for (var e : figures.entrySet()) {
            Figures f = e.getValue();
            if (!e.getKey().contains("no date")) { // the gate always has the date of birth from the document
                total += f.hits();
                wrong += f.wrongHits();
            }
            System.out.printf("SCREENING %-40s recall %6.2f %% (%d/%d)  precision %6.2f %%%n", e.getKey(),
                    f.recall(), f.found(), f.queries(), f.precision());
        }
        double precision = 100.0 * (total - wrong) / total;
        double falseAlarms = strangersWithAHit();
        System.out.printf("SCREENING precision with the date of birth %.2f %%, travellers not listed who raised a hit %.2f %%%n",
                precision, falseAlarms);

        // never missed because of diacritics or word order (with or without the date of birth)
        for (String kind : List.of("exact", "diacritics removed", "word order changed",
                "diacritics removed + order changed", "diacritics removed, no date of birth",
                "word order changed, no date of birth")) {
            assertThat(figures.get(kind).recall()).as(kind).isEqualTo(100.0);
        }
        assertThat(figures.get("one-letter typo").recall()).as("typos").isGreaterThanOrEqualTo(99.0);
        assertThat(figures.get("typo + order changed").recall()).as("typo + order").isGreaterThanOrEqualTo(99.0);
        assertThat(figures.get("other romanisation").recall()).as("romanisation").isGreaterThanOrEqualTo(99.0);
        // a larger list holds more people born the same day with a similar name (decision 0502)
        boolean large = LIST_SIZE > 100_000;
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(large ? 98.0 : 99.0);
        assertThat(figures.get("diacritics removed, no date of birth").precision()).as("name-only precision")
                .isGreaterThanOrEqualTo(90.0);
        assertThat(falseAlarms).as("false alarms").isLessThanOrEqualTo(large ? 2.0 : 0.5);
    }

    private Figures measure(UnaryOperator<String> variant, boolean withDate) {
        int found = 0;
        int hits = 0;
        int wrong = 0;
        int queries = withDate ? QUERIES : QUERIES / 4; // name-only screening reads longer posting lists
        for (int q = 0; q < queries; q++) {
            int id = (int) ((q * 2_654_435_761L) % LIST_SIZE);
            Person p = listed.get(id);
            List<Integer> same = identities.get(identity(p));
            // by name only, a common name has hundreds of namesakes in a large list: all are hits, so ask for all
            List<NameIndex.Match> matches = index.search(variant.apply(p.name()),
                    withDate ? p.dateOfBirth() : null, p.nationality(), withDate ? 50 : 5_000);
            if (matches.stream().anyMatch(m -> m.id() == id)) {
                found++;
            }
            for (NameIndex.Match m : matches) {
                hits++;
                if (!same.contains((int) m.id()) && !sameName(listed.get((int) m.id()), p, withDate)) {
                    wrong++;
                }
            }
        }
        return new Figures(queries, found, hits, wrong);
    }

    /** Without a date of birth, another listed person with exactly the same name is a right answer too. */
    private static boolean sameName(Person other, Person p, boolean withDate) {
        return !withDate && Names.words(other.name()).stream().sorted().toList()
                .equals(Names.words(p.name()).stream().sorted().toList()) && other.nationality().equals(p.nationality());
    }

    private double strangersWithAHit() {
        SyntheticPeople strangers = new SyntheticPeople(99L);
        int alarms = 0;
        int asked = 0;
        while (asked < QUERIES) {
            Person p = strangers.next();
            if (identities.containsKey(identity(p))) {
                continue; // happens to be listed: not a stranger
            }
            asked++;
            if (!index.search(SyntheticPeople.withoutDiacritics(p.name()), p.dateOfBirth(), p.nationality(), 5)
                    .isEmpty()) {
                alarms++;
            }
        }
        return 100.0 * alarms / asked;
    }

    private static String identity(Person p) {
        return String.join(" ", Names.words(p.name()).stream().sorted().toList()) + "|" + p.dateOfBirth() + "|"
                + p.nationality();
    }

    @Test
    void removedEntriesAreNoLongerFound() {
        NameIndex small = new NameIndex();
        small.put(1, "Nguyễn Văn An", LocalDate.of(1980, 3, 4), "VNM");
        small.put(2, "Sok Chanthou", LocalDate.of(1975, 1, 2), "KHM");
        small.remove(1);
        assertThat(small.search("Nguyen Van An", LocalDate.of(1980, 3, 4), "VNM", 5)).isEmpty();
        assertThat(small.size()).isEqualTo(1);
        small.put(2, "Sok Chanthu", LocalDate.of(1975, 1, 2), "KHM");
        assertThat(small.search("Chanthu Sok", LocalDate.of(1975, 1, 2), "KHM", 5)).singleElement()
                .extracting(NameIndex.Match::id).isEqualTo(2L);
    }
}
