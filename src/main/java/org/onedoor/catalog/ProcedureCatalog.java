package org.onedoor.catalog;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Read access to the procedure catalogue for other modules. */
public interface ProcedureCatalog {

    /** The version of a procedure in force on a day. */
    Optional<Procedure> effective(String code, LocalDate on);

    /** A specific version (what a dossier was received under). */
    Optional<Procedure> version(String code, int version);

    /**
     * Search by name or code, ignoring Vietnamese diacritics and case ("dang ky khai sinh" finds
     * "Đăng ký khai sinh"). Current versions only, best matches first.
     */
    List<Procedure> search(String query, int limit);

    // The methods below were added after the first contract; they have defaults so that existing
    // implementations (test stand-ins in other modules) keep compiling. The real catalogue overrides them.

    /** Search with sector and level filters; same matching and ranking as {@link #search(String, int)}. */
    default List<Procedure> search(ProcedureQuery query) {
        return search(query.text(), query.limit()).stream()
                .filter(p -> query.sectorCode() == null || query.sectorCode().equals(p.sectorCode()))
                .filter(p -> query.competentLevel() == null || query.competentLevel() == p.competentLevel())
                .toList();
    }

    /** The sectors that have at least one procedure, ordered by Vietnamese name. */
    default List<Sector> sectors() {
        return search("", 500).stream()
                .map(p -> new Sector(p.sectorCode(), p.sectorName(), p.sectorName()))
                .distinct()
                .sorted(Comparator.comparing(Sector::name))
                .toList();
    }

    /** English name of the result of a version ({@link Procedure#resultType()} is Vietnamese). */
    default Optional<String> resultTypeEn(String code, int version) {
        return Optional.empty();
    }
}
