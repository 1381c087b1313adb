package org.onedoor.dossier.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the dossier module ({@code onedoor.dossier.*}).
 *
 * @param maxFileSize       largest accepted upload per file (default 10MB; the servlet multipart limit is above it)
 * @param demoDossierCount  how many dossiers the demo generator creates (with {@code onedoor.demo-dossiers})
 */
@ConfigurationProperties("onedoor.dossier")
record DossierProperties(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("300") int demoDossierCount) {
}
