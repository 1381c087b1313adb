package org.onedoor.border.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The in-memory watch-list index (decision 0501). Words are reduced to transliteration keys ({@link Names#key});
 * each key has a posting list of entries, and a deletion neighbourhood (the key and every key with one letter
 * removed) finds the keys one edit away without scanning the dictionary. Entries with a date of birth are also
 * indexed by that date, so a screening that knows the traveller's date of birth scores only the few dozen entries
 * born that day (or with day and month swapped) plus the entries whose date of birth is unknown.
 * <p>
 * Matching rules: words are paired one to one in any order; a query word may be left unmatched only where the
 * score can still reach the threshold (one of four or more with a date of birth); the same folded word weighs 1, the same key 0.95, one edit on the key 0.85
 * (0.75 for three letters, 0.5 for two). Score = sum of weights / (query words + half the entry's extra words).
 * A hit needs {@value #CONFIRMED_THRESHOLD} when the dates of birth agree and {@value #NAME_ONLY_THRESHOLD} when
 * either is unknown. A known nationality or date of birth that differs from the query's excludes the entry.
 * <p>
 * Thread-safe: many screenings run at once under a read lock; changes take the write lock briefly.
 */
public final class NameIndex {

    static final double CONFIRMED_THRESHOLD = 0.75;
    static final double NAME_ONLY_THRESHOLD = 0.96;
    private static final int UNKNOWN_DATE = Integer.MIN_VALUE;

    /** One entry that matched: its identifier, score 0–1, and whether its date of birth equals the query's. */
    public record Match(long id, double score, boolean dateOfBirthConfirmed) {
    }

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    private final Map<String, Integer> wordIds = new HashMap<>();
    private int[] wordKey = new int[1024];
    private final Map<String, Integer> keyIds = new HashMap<>();
    private final List<String> keys = new ArrayList<>();
    private final List<IntList> postings = new ArrayList<>();
    private final List<IntList> undatedPostings = new ArrayList<>();
    private final Map<String, IntList> deletions = new HashMap<>();
    private final List<String> wordList = new ArrayList<>();
    private final Map<String, IntList> wordDeletions = new HashMap<>();
    private final Map<Integer, IntList> byDate = new HashMap<>();
    private final Map<Long, Integer> slots = new HashMap<>();

    private long[] ids = new long[1024];
    private int[][] words = new int[1024][];
    private int[] dates = new int[1024];
    private int[] nationalities = new int[1024];
    private boolean[] active = new boolean[1024];
    private int used;
    private int live;

    /** Adds an entry, or replaces the one with the same id. */
    public void put(long id, String fullName, LocalDate dateOfBirth, String nationality) {
        List<String> folded = Names.words(fullName);
        lock.writeLock().lock();
        try {
            Integer old = slots.get(id);
            if (old != null && active[old]) {
                active[old] = false;
                live--;
            }
            int slot = used++;
            grow(slot);
            int[] w = new int[folded.size()];
            int date = dateOfBirth == null ? UNKNOWN_DATE : (int) dateOfBirth.toEpochDay();
            for (int i = 0; i < w.length; i++) {
                w[i] = word(folded.get(i));
                int key = wordKey[w[i]];
                postings.get(key).add(slot);
                if (date == UNKNOWN_DATE) {
                    undatedPostings.get(key).add(slot);
                }
            }
            if (date != UNKNOWN_DATE) {
                byDate.computeIfAbsent(date, d -> new IntList()).add(slot);
            }
            ids[slot] = id;
            words[slot] = w;
            dates[slot] = date;
            nationalities[slot] = code(nationality);
            active[slot] = true;
            slots.put(id, slot);
            live++;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Takes an entry out of screening (its slot is skipped from now on). */
    public void remove(long id) {
        lock.writeLock().lock();
        try {
            Integer slot = slots.remove(id);
            if (slot != null && active[slot]) {
                active[slot] = false;
                live--;
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Entries that screening considers. */
    public int size() {
        lock.readLock().lock();
        try {
            return live;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The entries that may be this person, best first.
     *
     * @param dateOfBirth null when unknown
     * @param nationality 3-letter code, null when unknown
     */
    public List<Match> search(String fullName, LocalDate dateOfBirth, String nationality, int limit) {
        List<String> folded = Names.words(fullName);
        if (folded.isEmpty()) {
            return List.of();
        }
        lock.readLock().lock();
        try {
            Query q = query(folded, dateOfBirth, nationality);
            Map<Integer, Match> found = new HashMap<>();
            if (q.date != UNKNOWN_DATE) {
                scoreAll(q, byDate.get(q.date), true, found);
                LocalDate d = dateOfBirth;
                if (d.getDayOfMonth() <= 12 && d.getDayOfMonth() != d.getMonthValue()) {
                    // day and month swapped is the commonest date error in lists (MM/dd against dd/MM)
                    LocalDate swapped = LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue());
                    scoreAll(q, byDate.get((int) swapped.toEpochDay()), true, found);
                }
                drive(q, undatedPostings, found);
            } else {
                drive(q, postings, found);
            }
            return found.values().stream()
                    .sorted(Comparator.comparingDouble(Match::score).reversed().thenComparingLong(Match::id))
                    .limit(limit).toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    private record Query(int[][] wordIds, double[][] wordWeights, int[][] keyIds, double[][] weights,
                         int[][] driveKeys, int driveMissing, int date, int nationality, int required) {
    }

    private Query query(List<String> folded, LocalDate dateOfBirth, String nationality) {
        int n = folded.size();
        int[][] qWords = new int[n][];
        double[][] qWordWeights = new double[n][];
        int[][] qKeys = new int[n][];
        double[][] qWeights = new double[n][];
        int[][] drive = new int[n][];
        for (int i = 0; i < n; i++) {
            String word = folded.get(i);
            Map<Integer, Double> nearWords = new HashMap<>();
            Integer exactWord = wordIds.get(word);
            if (exactWord != null) {
                nearWords.put(exactWord, 1.0);
            }
            // one edit on the written word catches typos that break a digraph (Phong → Hpong)
            neighbours(word, wordDeletions, wordList, nearWords);
            String key = Names.key(word);
            Map<Integer, Double> near = new HashMap<>();
            Integer exact = keyIds.get(key);
            if (exact != null) {
                near.put(exact, 0.95);
            }
            neighbours(key, deletions, keys, near);
            qWords[i] = sortedKeys(nearWords);
            qWordWeights[i] = weights(qWords[i], nearWords);
            qKeys[i] = sortedKeys(near);
            qWeights[i] = weights(qKeys[i], near);
        }
        int date = dateOfBirth == null ? UNKNOWN_DATE : (int) dateOfBirth.toEpochDay();
        // a word may be missing only where the score can still reach the threshold: (n - k) / n >= threshold
        double threshold = date == UNKNOWN_DATE ? NAME_ONLY_THRESHOLD : CONFIRMED_THRESHOLD;
        int missing = (int) Math.floor(n * (1 - threshold) + 1e-9);
        // posting lists are read only for entries without a known date of birth (or for a query without one), which
        // need the name-only threshold: a word's match is worth reading for only if (n - 1 + w) / n can reach it
        double useful = n * NAME_ONLY_THRESHOLD - (n - 1) - 1e-9;
        for (int i = 0; i < n; i++) {
            java.util.TreeSet<Integer> driveKeys = new java.util.TreeSet<>();
            for (int j = 0; j < qKeys[i].length; j++) {
                if (qWeights[i][j] >= useful) {
                    driveKeys.add(qKeys[i][j]);
                }
            }
            for (int j = 0; j < qWords[i].length; j++) {
                if (qWordWeights[i][j] >= useful) {
                    driveKeys.add(wordKey[qWords[i][j]]);
                }
            }
            drive[i] = driveKeys.stream().mapToInt(Integer::intValue).toArray();
        }
        int driveMissing = (int) Math.floor(n * (1 - NAME_ONLY_THRESHOLD) + 1e-9);
        return new Query(qWords, qWordWeights, qKeys, qWeights, drive, driveMissing, date, code(nationality),
                n - missing);
    }

    /** Adds the dictionary entries one edit away from {@code s}, weighted by length (0.85, 0.75 for 3, 0.5 for 2). */
    private static void neighbours(String s, Map<String, IntList> deletionMap, List<String> dictionary,
                                   Map<Integer, Double> near) {
        List<String> variants = new ArrayList<>();
        variants.add(s);
        if (s.length() >= 2) {
            variants.addAll(deletionsOf(s));
        }
        for (String v : variants) {
            IntList list = deletionMap.get(v);
            for (int j = 0; list != null && j < list.size(); j++) {
                int id = list.get(j);
                String other = dictionary.get(id);
                if (!near.containsKey(id) && Names.distance(s, other) <= 1) {
                    int len = Math.max(s.length(), other.length());
                    near.put(id, len >= 4 ? 0.85 : len == 3 ? 0.75 : 0.5);
                }
            }
        }
    }

    private static int[] sortedKeys(Map<Integer, Double> map) {
        return map.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static double[] weights(int[] ids, Map<Integer, Double> map) {
        double[] w = new double[ids.length];
        for (int j = 0; j < ids.length; j++) {
            w[j] = map.get(ids[j]);
        }
        return w;
    }

    /**
     * Scores the entries found through the posting lists of the query's rarest words: any entry with all but
     * {@code k} words matching holds at least one of the {@code k + 1} rarest (k = 0 below 25 words).
     */
    private void drive(Query q, List<IntList> lists, Map<Integer, Match> found) {
        int n = q.driveKeys.length;
        Integer[] order = new Integer[n];
        long[] cost = new long[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            for (int k : q.driveKeys[i]) {
                cost[i] += lists.get(k).size();
            }
        }
        Arrays.sort(order, Comparator.comparingLong(i -> cost[i]));
        for (int d = 0; d < q.driveMissing + 1; d++) {
            for (int k : q.driveKeys[order[d]]) {
                scoreAll(q, lists.get(k), false, found);
            }
        }
    }

    private void scoreAll(Query q, IntList list, boolean dateConfirmed, Map<Integer, Match> found) {
        if (list == null) {
            return;
        }
        int[] raw = list.raw();
        for (int j = 0, size = list.size(); j < size; j++) {
            int slot = raw[j];
            if (!active[slot] || (q.nationality != 0 && nationalities[slot] != 0 && nationalities[slot] != q.nationality)) {
                continue;
            }
            if (!dateConfirmed && q.date != UNKNOWN_DATE && dates[slot] != UNKNOWN_DATE) {
                continue;
            }
            double score = score(q, words[slot]);
            double threshold = dateConfirmed ? CONFIRMED_THRESHOLD : NAME_ONLY_THRESHOLD;
            if (score >= threshold) {
                found.merge(slot, new Match(ids[slot], score, dateConfirmed),
                        (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
    }

    /** Words are paired one to one, best pairs first (an entry word never answers for two query words). */
    private double score(Query q, int[] entryWords) {
        int n = q.keyIds.length;
        int m = entryWords.length;
        double[] weight = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                int e = entryWords[j];
                int w = Arrays.binarySearch(q.wordIds[i], e);
                int k = Arrays.binarySearch(q.keyIds[i], wordKey[e]);
                weight[i * m + j] = Math.max(w >= 0 ? q.wordWeights[i][w] : 0, k >= 0 ? q.weights[i][k] : 0);
            }
        }
        boolean[] queryUsed = new boolean[n];
        boolean[] entryUsed = new boolean[m];
        double sum = 0;
        int matched = 0;
        while (true) {
            int best = -1;
            for (int c = 0; c < weight.length; c++) {
                if (weight[c] > 0 && !queryUsed[c / m] && !entryUsed[c % m] && (best < 0 || weight[c] > weight[best])) {
                    best = c;
                }
            }
            if (best < 0) {
                break;
            }
            queryUsed[best / m] = true;
            entryUsed[best % m] = true;
            sum += weight[best];
            matched++;
        }
        if (matched < q.required) {
            return 0;
        }
        return sum / (n + 0.5 * Math.max(0, m - n));
    }

    private int word(String folded) {
        Integer id = wordIds.get(folded);
        if (id != null) {
            return id;
        }
        int wid = wordIds.size();
        wordIds.put(folded, wid);
        wordList.add(folded);
        wordDeletions.computeIfAbsent(folded, k -> new IntList()).add(wid);
        if (folded.length() >= 2) {
            for (String d : deletionsOf(folded)) {
                wordDeletions.computeIfAbsent(d, k -> new IntList()).add(wid);
            }
        }
        if (wid == wordKey.length) {
            wordKey = Arrays.copyOf(wordKey, wid * 2);
        }
        wordKey[wid] = key(Names.key(folded));
        return wid;
    }

    private int key(String key) {
        Integer id = keyIds.get(key);
        if (id != null) {
            return id;
        }
        int kid = keys.size();
        keyIds.put(key, kid);
        keys.add(key);
        postings.add(new IntList());
        undatedPostings.add(new IntList());
        deletions.computeIfAbsent(key, k -> new IntList()).add(kid);
        if (key.length() >= 2) {
            for (String d : deletionsOf(key)) {
                deletions.computeIfAbsent(d, k -> new IntList()).add(kid);
            }
        }
        return kid;
    }

    private static List<String> deletionsOf(String key) {
        List<String> out = new ArrayList<>(key.length());
        for (int i = 0; i < key.length(); i++) {
            String d = key.substring(0, i) + key.substring(i + 1);
            if (out.isEmpty() || !out.get(out.size() - 1).equals(d)) {
                out.add(d);
            }
        }
        return out;
    }

    private static int code(String nationality) {
        if (nationality == null || nationality.isBlank()) {
            return 0;
        }
        int c = 0;
        for (char ch : nationality.trim().toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            c = c * 64 + (ch & 63);
        }
        return c;
    }

    private void grow(int slot) {
        if (slot < ids.length) {
            return;
        }
        int capacity = ids.length * 2;
        ids = Arrays.copyOf(ids, capacity);
        words = Arrays.copyOf(words, capacity);
        dates = Arrays.copyOf(dates, capacity);
        nationalities = Arrays.copyOf(nationalities, capacity);
        active = Arrays.copyOf(active, capacity);
    }
}
