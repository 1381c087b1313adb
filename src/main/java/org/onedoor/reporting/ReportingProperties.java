package org.onedoor.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reporting module ({@code onedoor.reporting.*}).
 *
 * @param overdueListLimit         most rows the overdue list (page, API and CSV) returns, most overdue first
 * @param defaultPeriodMonths      months covered by the dashboard when no period is chosen (this month included)
 * @param unscopedWithoutOfficers  when no {@link org.onedoor.identity.Officers} implementation is present, show
 *                                 every agency instead of nothing. Only for tests and early integration; keep
 *                                 false in production (fail closed).
 * @param projection               how the dossier read model receives the dossier's events:
 *                                 {@code in-transaction} (default) updates it in the dossier's own transaction,
 *                                 so dashboards are never behind and a transition costs no outbox row and no
 *                                 extra commits; {@code outbox} delivers them asynchronously through the event
 *                                 publication registry, for a reporting database of its own (docs/decisions/0204)
 */
@ConfigurationProperties("onedoor.reporting")
public record ReportingProperties(
        @DefaultValue("500") int overdueListLimit,
        @DefaultValue("12") int defaultPeriodMonths,
        @DefaultValue("false") boolean unscopedWithoutOfficers,
        @DefaultValue("in-transaction") String projection) {
}
