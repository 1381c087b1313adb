package org.onedoor.queue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.onedoor.common.FieldViolation;

/** A citizen's phone and e-mail as entered: trimmed, checked, null when blank. */
record Contacts(String phone, String email, String locale) {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{9,15}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    static Contacts of(String phone, String email, String locale, List<FieldViolation> violations) {
        String p = phone == null ? null : phone.replaceAll("[\\s.()-]", "");
        p = p == null || p.isEmpty() ? null : p;
        String e = email == null || email.isBlank() ? null : email.strip();
        if (p == null && e == null) {
            violations.add(new FieldViolation("phone", "queue.visit.error.contactRequired"));
        }
        if (p != null && !PHONE.matcher(p).matches()) {
            violations.add(new FieldViolation("phone", "queue.visit.error.phone"));
        }
        if (e != null && (e.length() > 254 || !EMAIL.matcher(e).matches())) {
            violations.add(new FieldViolation("email", "queue.visit.error.email"));
        }
        return new Contacts(p, e, locale(locale));
    }

    static String locale(String locale) {
        String l = locale == null ? "vi" : locale.strip().toLowerCase(Locale.ROOT);
        if (l.length() > 2) {
            l = l.substring(0, 2);
        }
        return List.of("vi", "en", "id").contains(l) ? l : "vi";
    }

    static List<FieldViolation> violations() {
        return new ArrayList<>();
    }
}
