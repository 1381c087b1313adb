package org.onedoor.dossier;

/** Officers move dossiers through their workflow. */
public interface DossierActions {

    /**
     * Applies an action as the current officer, in one transaction: updates the dossier, writes the history row,
     * publishes {@link DossierStatusChanged}.
     *
     * @param expectedVersion the version the officer saw, or null to skip the check
     * @throws org.onedoor.common.DomainException NOT_FOUND when the dossier is unknown or not visible to the officer,
     *                                            CONFLICT when {@code expectedVersion} is stale, UNPROCESSABLE when
     *                                            the action is not allowed at the current step or for the officer
     */
    ActionResult act(String code, ActionRequest request, Integer expectedVersion);
}
