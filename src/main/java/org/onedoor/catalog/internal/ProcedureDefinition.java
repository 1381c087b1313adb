package org.onedoor.catalog.internal;

import java.util.List;

import org.onedoor.agency.AgencyLevel;
import org.onedoor.catalog.ProcedureLevel;
import org.onedoor.catalog.Sector;

/**
 * A procedure with all its versions, as the catalogue file and the database hold it.
 */
public record ProcedureDefinition(String code, String nationalCode, String name, String nameEn, Sector sector,
                                  ProcedureLevel level, AgencyLevel competentLevel, boolean boundaryFree,
                                  List<VersionDefinition> versions) {

    public ProcedureDefinition {
        versions = List.copyOf(versions);
    }
}
