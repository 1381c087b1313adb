package org.onedoor.dossier.internal;

import org.onedoor.identity.Officer;
import org.onedoor.workflow.Step;

/**
 * Who may see and act (DOMAIN.md, issue #2): officers of the receiving or the competent agency, and of an agency
 * consulted on it; acting also needs the step's party (desk steps belong to the receiving agency, the others to
 * the competent one) and the role the step requires (checked by the engine).
 */
final class Access {

    private Access() {
    }

    static boolean sees(Officer officer, DossierRow d, boolean consulted) {
        return officer.agencyCode().equals(d.receivingAgencyCode())
                || officer.agencyCode().equals(d.competentAgencyCode()) || consulted;
    }

    static boolean worksAt(Officer officer, DossierRow d, Step step) {
        String agency = step.party() == Step.Party.RECEIVING ? d.receivingAgencyCode() : d.competentAgencyCode();
        return officer.agencyCode().equals(agency);
    }
}
