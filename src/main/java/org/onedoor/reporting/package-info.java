/**
 * Reporting: a read model built from dossier events, dashboards (by status, on-time rate by agency and
 * procedure, overdue list) with charts, and the quality indicators.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package org.onedoor.reporting;
