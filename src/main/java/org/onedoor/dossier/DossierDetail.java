package org.onedoor.dossier;

import java.time.Instant;
import java.util.List;

import org.onedoor.catalog.Channel;
import org.onedoor.workflow.WorkflowAction;

/**
 * Everything an officer sees about a dossier. Reading it is audited (it holds personal data).
 *
 * @param allowedActions actions the current officer may take now (role, agency and step considered)
 */
public record DossierDetail(String code, int version, String procedureCode, int procedureVersion, String procedureName,
                            String workflowId, Channel channel, String receivingAgencyCode, String competentAgencyCode,
                            DossierStatus status, String stepId, String stepName, String stepNameEn,
                            Applicant applicant, String assignee, Instant receivedAt, Instant dueAt, Instant stepDueAt,
                            Instant finishedAt, int supplementCount, boolean extended, List<String> declaredComponents,
                            List<DossierFile> files, List<HistoryEntry> history, List<ConsultationBranch> consultations,
                            List<WorkflowAction> allowedActions) {
}
