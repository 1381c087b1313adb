package org.onedoor.workspace.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.onedoor.common.VietnamTime;
import org.onedoor.dossier.ActionRequest;
import org.onedoor.workflow.WorkflowAction;
import org.springframework.format.annotation.DateTimeFormat;

/** One action form of the dossier page; {@code version} is the dossier version the officer saw. */
public class ActionForm {

    /** Actions that need written reasons (Decree 61: refusals, supplement requests and extensions are written). */
    static final Set<WorkflowAction> COMMENT_REQUIRED = Set.of(WorkflowAction.REFUSE, WorkflowAction.REFUSE_AT_INTAKE,
            WorkflowAction.REQUEST_SUPPLEMENT, WorkflowAction.SEND_BACK, WorkflowAction.EXTEND);

    private WorkflowAction action;
    private Integer version;
    private String comment;
    private String assignee;
    private List<String> consultAgencies = new ArrayList<>();
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime newDueAt;

    ActionRequest toRequest() {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        return new ActionRequest(action, text, assignee == null || assignee.isBlank() ? null : assignee, consultAgencies,
                newDueAt == null ? null : newDueAt.atZone(VietnamTime.ZONE).toInstant());
    }

    public WorkflowAction getAction() { return action; }
    public void setAction(WorkflowAction action) { this.action = action; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getAssignee() { return assignee; }
    public void setAssignee(String assignee) { this.assignee = assignee; }
    public List<String> getConsultAgencies() { return consultAgencies; }
    public void setConsultAgencies(List<String> consultAgencies) { this.consultAgencies = consultAgencies == null ? new ArrayList<>() : consultAgencies; }
    public LocalDateTime getNewDueAt() { return newDueAt; }
    public void setNewDueAt(LocalDateTime newDueAt) { this.newDueAt = newDueAt; }
}
