package org.onedoor.catalog;

import java.time.LocalDate;
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

    /** Search with sector and level filters; same matching and ranking as {@link #search(String, int)}. */
    List<Procedure> search(ProcedureQuery query);

    /** The sectors that have at least one procedure, ordered by Vietnamese name. */
    List<Sector> sectors();

    /** English name of the result of a version ({@link Procedure#resultType()} is Vietnamese). */
    Optional<String> resultTypeEn(String code, int version);
}
