package org.onedoor.reporting.projection;

import org.onedoor.dossier.DossierStatusChanged;
import org.springframework.context.ApplicationContext;

/** Lets tests in other packages feed events to the projection synchronously. */
public final class Projections {

    private Projections() {
    }

    public static boolean apply(ApplicationContext context, DossierStatusChanged event) {
        return context.getBean(DossierFactProjection.class).apply(event);
    }
}
