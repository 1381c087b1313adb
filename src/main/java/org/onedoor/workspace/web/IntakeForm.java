package org.onedoor.workspace.web;

import org.onedoor.portal.web.applicant.ApplicantForm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.onedoor.catalog.Channel;

/**
 * Counter intake on behalf of an applicant: the applicant, the channel, the completeness checklist (component
 * codes ticked as received) and the scans ({@code files} names the scans chosen last time, and is where upload
 * errors are reported: {@code files[TK01]}).
 */
public class IntakeForm {

    private ApplicantForm applicant = new ApplicantForm();
    private Channel channel = Channel.COUNTER;
    private List<String> components = new ArrayList<>();
    private Map<String, String> files = new LinkedHashMap<>();
    private String idempotencyKey = UUID.randomUUID().toString();
    private String refusalReasons;
    private Long ticket;

    /** The queue ticket of the visit (the counter screen's "receive a dossier"), linked to the dossier received. */
    public Long getTicket() { return ticket; }
    public void setTicket(Long ticket) { this.ticket = ticket; }

    public String getRefusalReasons() { return refusalReasons; }
    public void setRefusalReasons(String refusalReasons) { this.refusalReasons = refusalReasons; }

    public ApplicantForm getApplicant() { return applicant; }
    public void setApplicant(ApplicantForm applicant) { this.applicant = applicant; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public List<String> getComponents() { return components; }
    public void setComponents(List<String> components) { this.components = components == null ? new ArrayList<>() : components; }
    public Map<String, String> getFiles() { return files; }
    public void setFiles(Map<String, String> files) { this.files = files; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
}
