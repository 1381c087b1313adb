package org.onedoor.signing.internal;

import org.onedoor.agency.Agencies;
import org.onedoor.audit.AuditTrail;
import org.onedoor.identity.Officers;
import org.onedoor.platform.OneDoorProperties;
import org.onedoor.signing.DocumentSigner;
import org.onedoor.signing.SignatureValidator;
import org.onedoor.signing.demo.DemoPki;
import org.onedoor.signing.demo.DemoServices;
import org.onedoor.signing.demo.DemoTimeStampAuthority;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SigningProperties.class)
class SigningConfiguration {

    /** The demo PKI, only in the demo profile: created (or reopened) under {@code <data-dir>/pki} at start. */
    @Bean
    DemoServices demoServices(OneDoorProperties properties) {
        if (!properties.demo()) {
            return new DemoServices(null, null);
        }
        DemoPki pki = DemoPki.openOrCreate(properties.dataDir().resolve("pki"), properties.publicUrl());
        return new DemoServices(pki, new DemoTimeStampAuthority(pki));
    }

    @Bean
    TrustServices trustServices(SigningProperties properties, DemoServices demo) {
        return TrustServices.from(properties, demo);
    }

    @Bean
    SignerKeys signerKeys(SigningProperties properties, Agencies agencies, Officers officers, DemoServices demo) {
        return new SignerKeys(properties, agencies, officers, demo.pki());
    }

    @Bean
    DocumentSigner documentSigner(SignerKeys keys, TrustServices trust, AuditTrail audit) {
        return new PadesDocumentSigner(keys, trust, audit);
    }

    @Bean
    SignatureValidator signatureValidator(TrustServices trust) {
        return new DssSignatureValidator(trust);
    }
}
