package org.onedoor.workflow;

/**
 * What an actor can do to a dossier at a workflow step. A definition says, per step, which of these are allowed,
 * which role may use them, the step they lead to and the dossier status that results.
 */
public enum WorkflowAction {
    /** The initial transition on submission (recorded in history, never offered as a button). */
    SUBMIT,
    /** One-stop desk checks an online dossier and receives it ("tiếp nhận"). */
    RECEIVE,
    /** Not eligible: refused at intake with reasons ("từ chối tiếp nhận"). */
    REFUSE_AT_INTAKE,
    /** The head of unit assigns a handling officer ("phân công"). */
    ASSIGN,
    /** Move on to the next step ("chuyển xử lý"). */
    FORWARD,
    /** Send back to the previous step for rework ("trả lại"). */
    SEND_BACK,
    /** Ask the applicant to supplement the dossier; pauses the clock ("yêu cầu bổ sung"). */
    REQUEST_SUPPLEMENT,
    /** The complete dossier arrived; the time limit restarts from zero. */
    SUPPLEMENT_RECEIVED,
    /** Open one consultation branch per consulted agency ("liên thông, xin ý kiến"). */
    CONSULT,
    /** A consulted agency replies; the step joins when every branch has replied or is overdue. */
    CONSULTATION_REPLY,
    /** Move the due date once, with an apology letter ("gia hạn, xin lỗi"). */
    EXTEND,
    /** Refuse after review, with written reasons ("từ chối giải quyết"). */
    REFUSE,
    /** Approve the draft result ("phê duyệt"). */
    APPROVE,
    /** Sign the result ("ký"). */
    SIGN,
    /** Hand the result to the applicant ("trả kết quả"). */
    RETURN_RESULT,
    /** Withdrawn at the applicant's request ("rút hồ sơ"). */
    WITHDRAW
}
