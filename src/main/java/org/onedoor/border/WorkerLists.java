package org.onedoor.border;

import java.time.LocalDate;
import java.util.List;

/**
 * A business declares its workers' crossings at once from a CSV file (one person declaration per row), for
 * example plantation workers travelling to Cambodia (decision 0513).
 */
public interface WorkerLists {

    /**
     * What every row of an upload shares.
     *
     * @param businessCode  the employer's tax code
     * @param validRowsOnly false (the default): nothing is stored when any row is wrong; true: the valid rows are
     *                      declared and the wrong ones reported
     */
    record Upload(String gate, String businessCode, CrossingPurpose purpose, LocalDate plannedDate,
                  Direction direction, String fileName, boolean validRowsOnly, String language) {
    }

    /** A wrong field on a line of the file (line 1 is the header). */
    record RowError(int line, String field, String messageKey, List<Object> args) {
    }

    /**
     * @param declared one reference per declared row, in file order (empty when nothing was stored)
     * @param stored   whether anything was stored
     */
    record Result(int rows, List<Declared> declared, List<RowError> errors, boolean stored) {
    }

    record Declared(int line, String reference, String fullName) {
    }

    /**
     * Reads the CSV (UTF-8, a byte-order mark tolerated; comma or semicolon; header
     * {@code surname,given_names,document_type,document_number,nationality,date_of_birth}) and declares its rows.
     *
     * @throws org.onedoor.common.DomainException INVALID for a wrong upload as a whole (shared fields, size, header,
     *                                            encoding); row errors come back in the result
     */
    Result upload(Upload upload, byte[] csv);
}
