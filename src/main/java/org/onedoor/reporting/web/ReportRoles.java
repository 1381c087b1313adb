package org.onedoor.reporting.web;

/** Who may see reports: the dashboard page is for managers; the JSON and CSV data for every officer role. */
final class ReportRoles {

    static final String DASHBOARD = "hasAnyRole('CENTRE_MANAGER', 'LEADER', 'ADMIN')";
    static final String OFFICERS = "hasAnyRole('DESK_OFFICER', 'SPECIALIST', 'LEADER', 'SIGNER', 'CENTRE_MANAGER', 'ADMIN')";

    private ReportRoles() {
    }
}
