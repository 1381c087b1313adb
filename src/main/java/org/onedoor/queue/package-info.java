/**
 * The service-centre floor (issue 4, walking skeleton): queue lines with daily number series (A001 …), tickets
 * issued at a kiosk or web page, counters calling the next ticket with priority groups interleaved (decision 0400),
 * and every ticket event stored. API: {@link org.onedoor.queue.Queues}.
 * URLs: {@code POST /api/v1/queue/{centre}/tickets} and {@code GET /api/v1/queue/{centre}/board} (public),
 * {@code POST /api/v1/queue/{centre}/counters/{counter}/next} (desk officer).
 * Floor engine (decisions 0403–0409): counters with work profiles, lines linked to catalogue procedures, opening hours
 * from the working calendar; desk-officer URLs {@code …/tickets/{id}/actions|transfer|dossier},
 * {@code …/counters}, {@code …/counters/{counter}/walk-ins|parked}.
 * Settings administration (decisions 0440–0443, centre manager or admin): pages {@code /queue/{centre}/settings}
 * and API {@code /api/v1/queue/{centre}/settings} (lines, counters and their work profiles, centre settings).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service-centre floor")
package org.onedoor.queue;
