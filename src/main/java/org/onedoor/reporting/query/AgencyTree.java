package org.onedoor.reporting.query;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.onedoor.agency.Agencies;
import org.onedoor.agency.Agency;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Agency hierarchy look-ups for reports, through the agency module's API. */
@Component
public class AgencyTree {

    private final ObjectProvider<Agencies> agencies;

    AgencyTree(ObjectProvider<Agencies> agencies) {
        this.agencies = agencies;
    }

    /** The agency and everything under it (departments, communes, centres …), walking {@link Agencies#children}. */
    public Set<String> withDescendants(String code) {
        Set<String> result = new LinkedHashSet<>();
        Agencies directory = agencies.getIfAvailable();
        Deque<String> todo = new ArrayDeque<>();
        todo.push(code);
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (result.add(next) && directory != null) {
                directory.children(next).forEach(child -> todo.push(child.code()));
            }
        }
        return result;
    }

    /** All agencies of a province (the province itself included). */
    public Set<String> province(String provinceCode) {
        Set<String> result = new LinkedHashSet<>(withDescendants(provinceCode));
        Agencies directory = agencies.getIfAvailable();
        if (directory != null) {
            directory.all().stream().filter(a -> provinceCode.equals(a.provinceCode())).forEach(a -> result.add(a.code()));
        }
        return result;
    }

    /** Codes of every active agency known to the directory. */
    public Set<String> allCodes() {
        Agencies directory = agencies.getIfAvailable();
        Set<String> result = new LinkedHashSet<>();
        if (directory != null) {
            directory.all().stream().filter(Agency::active).forEach(a -> result.add(a.code()));
        }
        return result;
    }

    public Optional<Agency> find(String code) {
        Agencies directory = agencies.getIfAvailable();
        return directory == null || code == null ? Optional.empty() : directory.find(code);
    }

    /** Display name in the reader's language, the code when the agency is unknown. */
    public String name(String code, Locale locale) {
        return find(code).map(a -> "vi".equals(locale.getLanguage()) || a.nameEn() == null ? a.name() : a.nameEn())
                .orElse(code);
    }
}
