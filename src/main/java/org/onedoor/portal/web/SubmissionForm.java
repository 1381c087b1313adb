package org.onedoor.portal.web;

import org.onedoor.portal.web.applicant.ApplicantForm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The online submission form. {@code files} holds, per component code, the name of the file chosen last time
 * (browsers cannot refill file inputs, so the page names what must be picked again) and is the field path that
 * upload errors are reported under ({@code files[TK01]}).
 */
public class SubmissionForm {

    private ApplicantForm applicant = new ApplicantForm();
    private String receivingAgencyCode;
    private List<String> components = new ArrayList<>();
    private Map<String, String> files = new LinkedHashMap<>();
    /** Per component code, the identification code of a certified electronic copy given instead of a file (ecopy). */
    private Map<String, String> copyCodes = new LinkedHashMap<>();
    private boolean consent;
    /** Generated when the form is first shown: a double click or a re-post answers the first receipt. */
    private String idempotencyKey = UUID.randomUUID().toString();

    public ApplicantForm getApplicant() { return applicant; }
    public void setApplicant(ApplicantForm applicant) { this.applicant = applicant; }
    public String getReceivingAgencyCode() { return receivingAgencyCode; }
    public void setReceivingAgencyCode(String receivingAgencyCode) { this.receivingAgencyCode = receivingAgencyCode; }
    public List<String> getComponents() { return components; }
    public void setComponents(List<String> components) { this.components = components == null ? new ArrayList<>() : components; }
    public Map<String, String> getFiles() { return files; }
    public void setFiles(Map<String, String> files) { this.files = files; }
    public Map<String, String> getCopyCodes() { return copyCodes; }
    public void setCopyCodes(Map<String, String> copyCodes) { this.copyCodes = copyCodes == null ? new LinkedHashMap<>() : copyCodes; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
}
