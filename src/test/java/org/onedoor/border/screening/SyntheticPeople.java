package org.onedoor.border.screening;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates people who cross at Lệ Thanh, for the screening evaluation and benchmark: Vietnamese names with their
 * real surname frequencies (Nguyễn about a third), Khmer and Lao names, some Latin names; dates of birth 1945–2008;
 * and the variants a gate meets: diacritics lost, word order changed, one-letter typos, other romanisations.
 */
public final class SyntheticPeople {

    public record Person(String name, LocalDate dateOfBirth, String nationality) {
    }

    private static final String[] VN_SURNAMES = {"Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn",
            "Trần", "Trần", "Trần", "Lê", "Lê", "Lê", "Phạm", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Đoàn", "Lâm", "Mai", "Trương", "Tạ", "Chu", "Hà", "Lương",
            "Tô", "Cao", "Kiều", "Quách", "Thái", "Triệu", "Vương", "La", "Rơ Châm", "Ksor", "Siu", "Rah Lan", "Nay",
            "Rcom", "Kpă", "Puih"};
    private static final String[] VN_MIDDLE = {"Văn", "Văn", "Văn", "Thị", "Thị", "Thị", "Đức", "Minh", "Hữu", "Ngọc",
            "Thanh", "Quốc", "Xuân", "Thu", "Kim", "Anh", "Hoàng", "Gia", "Bảo", "Công", "Đình", "Mạnh", "Phương",
            "Thùy", "Hồng", "Trọng", "Tuấn", "Khánh", "Mỹ", "Diệu", "Quang", "Bích", "Nhật", "Thế"};
    private static final String[] VN_GIVEN = {"An", "Anh", "Bình", "Châu", "Chi", "Cường", "Dũng", "Dung", "Duy", "Giang",
            "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hòa", "Hùng", "Hương", "Huy", "Khánh", "Khoa", "Lan", "Linh", "Long",
            "Mai", "Minh", "Nam", "Nga", "Ngọc", "Nhung", "Phong", "Phúc", "Phương", "Quân", "Quang", "Sơn", "Tâm",
            "Thảo", "Thắng", "Thanh", "Thủy", "Trang", "Trung", "Tú", "Tuấn", "Tùng", "Vân", "Việt", "Vinh", "Yến",
            "Hậu", "Lộc", "Tín", "Nhân", "Thịnh", "Đạt", "Hiền", "Loan", "Oanh", "Quyên", "Sang", "Tài", "Thu",
            "Thúy", "Toàn", "Trí", "Uyên", "Vy", "Xuân", "Yên", "Khải", "Kiên", "Lực", "Mạnh", "Nghĩa", "Phát",
            "Quý", "Sương", "Thơ", "Tiến", "Trinh", "Tường", "Vũ", "Bảo", "Diệp", "Đông", "Hân", "Hưng", "Khang",
            "Lâm", "My", "Ngân", "Nhi", "Phụng", "Quỳnh", "Tâm", "Thư", "Tuyết", "Vĩnh", "H'Hen", "Blơng", "Djuin"};
    private static final String[] KH_SURNAMES = {"Sok", "Chan", "Chea", "Keo", "Kim", "Heng", "Lim", "Ly", "Meas",
            "Nhem", "Ouk", "Pen", "Prak", "Sam", "Seng", "Sim", "Sor", "Tep", "Touch", "Yim", "Chhay", "Khiev", "Mao",
            "Nou", "Phan", "Roeun", "Sar", "Sean", "Hun", "Long", "Noun", "Som", "Vong", "Chhim", "Sao", "Hem", "Mom",
            "Khun", "Yos", "Pich"};
    private static final String[] KH_GIVEN = {"Chanthou", "Dara", "Sophea", "Sovann", "Pisey", "Bopha", "Sothea",
            "Vanna", "Rathana", "Sokha", "Kosal", "Veasna", "Chantha", "Sreymom", "Phalla", "Srey", "Vuthy", "Chenda",
            "Rithy", "Kanha", "Borey", "Piseth", "Samnang", "Sopheak", "Visal", "Sokun", "Thida", "Chamroeun", "Kimsan",
            "Leakhena", "Makara", "Narith", "Ponleu", "Raksmey", "Sambath", "Sovannara", "Vichet", "Vireak", "Bunthoeun",
            "Channary", "Davy", "Kunthea", "Malis", "Monyrath", "Neary", "Sokhom", "Sreyleak", "Tola", "Vibol", "Phearum"};
    private static final String[] LA_GIVEN = {"Souksavanh", "Khamphone", "Bounmy", "Vilayphone", "Somphone", "Phetsamone",
            "Thongchanh", "Noy", "Kham", "Bouasone", "Chanthaly", "Viengxay", "Douangchay", "Sengdao", "Manivone"};
    private static final String[] LA_SURNAMES = {"Phommachanh", "Sisouphanh", "Keomany", "Vongsa", "Inthavong",
            "Chanthavong", "Xayavong", "Sayasane", "Phimmasone", "Bounyavong", "Luangrath", "Sengsouvanh"};
    private static final String[] LATIN_GIVEN = {"John", "Maria", "Pierre", "José", "Anna", "Thomas", "Sophie", "Peter",
            "Élodie", "Jürgen", "Michael", "Laura", "David", "Chloé", "Hans", "Lucía", "James", "Emma", "François", "Søren"};
    private static final String[] LATIN_SURNAMES = {"Smith", "Johnson", "Müller", "García", "Martin", "Dubois", "Schmidt",
            "Rossi", "Brown", "Lefèvre", "Fernández", "Wagner", "Taylor", "Moreau", "Nielsen", "O'Brien", "Kowalski",
            "Andersen", "Durand", "Becker"};
    private static final String[] LATIN_NATIONS = {"USA", "FRA", "DEU", "AUS", "GBR", "ESP", "ITA", "DNK"};

    private final SplittableRandom random;

    public SyntheticPeople(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public Person next() {
        LocalDate dob = LocalDate.of(1945, 1, 1).plusDays(random.nextInt(365 * 63));
        int kind = random.nextInt(100);
        if (kind < 70) {
            List<String> words = new ArrayList<>();
            words.add(pick(VN_SURNAMES));
            int middles = random.nextInt(100) < 85 ? 1 : random.nextInt(2) == 0 ? 2 : 0;
            for (int i = 0; i < middles; i++) {
                words.add(pick(VN_MIDDLE));
            }
            words.add(pick(VN_GIVEN));
            return new Person(String.join(" ", words), dob, "VNM");
        } else if (kind < 90) {
            String given = pick(KH_GIVEN);
            return new Person(pick(KH_SURNAMES) + " " + given, dob, "KHM");
        } else if (kind < 95) {
            return new Person(pick(LA_GIVEN) + " " + pick(LA_SURNAMES), dob, "LAO");
        }
        String given = random.nextInt(5) == 0 ? pick(LATIN_GIVEN) + " " + pick(LATIN_GIVEN) : pick(LATIN_GIVEN);
        return new Person(given + " " + pick(LATIN_SURNAMES), dob, pick(LATIN_NATIONS));
    }

    /** The name as a passport MRZ or a hurried keyboard writes it: no diacritics. */
    public static String withoutDiacritics(String name) {
        return Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
    }

    /** Another word order: the first word moved to the end (surname last, as on many foreign forms) or reversed. */
    public String reordered(String name) {
        List<String> words = new ArrayList<>(List.of(name.split(" ")));
        if (random.nextBoolean()) {
            words.add(words.remove(0));
        } else {
            Collections.reverse(words);
        }
        return String.join(" ", words);
    }

    /** One letter wrong in one word: replaced, dropped, doubled-in or swapped with its neighbour. */
    public String typo(String name) {
        String[] words = name.split(" ");
        int w = random.nextInt(words.length);
        String word = withoutDiacritics(words[w]).toLowerCase(Locale.ROOT);
        int at = random.nextInt(word.length());
        char letter = (char) ('a' + random.nextInt(26));
        String changed = switch (word.length() < 3 ? random.nextInt(2) : random.nextInt(4)) {
            case 0 -> word.substring(0, at) + letter + word.substring(at + 1);
            case 1 -> word.substring(0, at) + letter + word.substring(at);
            case 2 -> word.substring(0, at) + word.substring(at + 1);
            default -> {
                int i = Math.min(at, word.length() - 2);
                yield word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
            }
        };
        words[w] = changed;
        return String.join(" ", words);
    }

    /** Another common romanisation of one word (ou/u, y/i, ph/f, kh/k, th/t, c/k, a doubled letter). */
    String transliterated(String name) {
        String[] words = withoutDiacritics(name).split(" ");
        String[][] rules = {{"ou", "u"}, {"u", "ou"}, {"y", "i"}, {"i", "y"}, {"ph", "f"}, {"Ph", "F"}, {"kh", "k"},
                {"Kh", "K"}, {"th", "t"}, {"Th", "T"}, {"C", "K"}, {"c", "k"}, {"s", "ss"}, {"n", "nn"}};
        for (int attempt = 0; attempt < 20; attempt++) {
            int w = random.nextInt(words.length);
            String[] rule = rules[random.nextInt(rules.length)];
            if (words[w].contains(rule[0]) && !(rule[0].equals("u") && words[w].contains("ou"))) {
                words[w] = words[w].replaceFirst(rule[0], rule[1]);
                return String.join(" ", words);
            }
        }
        return String.join(" ", words);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
