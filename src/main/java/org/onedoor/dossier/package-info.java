/**
 * Dossiers ("hồ sơ thủ tục hành chính"): intake on every channel, official codes, applicants, files checked
 * against the component list, boundary-free routing to the competent agency, the workflow state, deadlines,
 * history, assignment, and the events other modules react to.
 * API: {@link org.onedoor.dossier.DossierIntake} (submit, attach files), {@link org.onedoor.dossier.DossierActions}
 * (workflow actions), {@link org.onedoor.dossier.DossierQueries} (detail, inbox, public tracking),
 * {@link org.onedoor.dossier.DossierResults} (the result document, signed in the SIGN action through the optional
 * signing module),
 * {@link org.onedoor.dossier.DossierStatus} and the event {@link org.onedoor.dossier.DossierStatusChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers")
package org.onedoor.dossier;
