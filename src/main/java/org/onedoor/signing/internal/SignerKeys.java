package org.onedoor.signing.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.onedoor.agency.Agencies;
import org.onedoor.agency.Agency;
import org.onedoor.common.DomainException;
import org.onedoor.identity.Officer;
import org.onedoor.identity.Officers;
import org.onedoor.identity.Role;
import org.onedoor.signing.Signer;
import org.onedoor.signing.demo.DemoImages;
import org.onedoor.signing.demo.DemoPki;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the key of a signer: a configured PKCS#12 file or PKCS#11 token ({@code onedoor.signing.keys}), else, in
 * the demo profile only, the demo PKI's key for that agency or officer (issued on first use). Loaded devices are
 * kept for the life of the application.
 */
class SignerKeys {

    private static final Logger log = LoggerFactory.getLogger(SignerKeys.class);

    private final SigningProperties properties;
    private final Agencies agencies;
    private final Officers officers;
    private final DemoPki demoPki;
    private final Map<Signer, SignerKey> loaded = new ConcurrentHashMap<>();

    SignerKeys(SigningProperties properties, Agencies agencies, Officers officers, DemoPki demoPki) {
        this.properties = properties;
        this.agencies = agencies;
        this.officers = officers;
        this.demoPki = demoPki;
    }

    SignerKey resolve(Signer signer) {
        SignerKey key = loaded.get(signer);
        if (key == null) {
            key = load(signer);
            loaded.put(signer, key);
        }
        return key;
    }

    private SignerKey load(Signer signer) {
        if (signer instanceof Signer.Agency agency) {
            return loadAgency(agency.agencyCode());
        }
        return loadOfficer(((Signer.Officer) signer).username());
    }

    private SignerKey loadAgency(String code) {
        Agency agency = agencies.find(code)
                .orElseThrow(() -> DomainException.notFound("signing.error.unknown-signer", code));
        Optional<SigningProperties.Key> configured = properties.keys().stream()
                .filter(k -> k.agency() != null && sameAgency(k.agency(), agency)).findFirst();
        if (configured.isPresent()) {
            return new SignerKey(open(configured.get(), code), agency.name(), agency.name(), null,
                    configured.get().sealImage());
        }
        DemoPki pki = demoOnly(code);
        Path store = pki.agencyKeyStore(agency.code(), agency.name());
        return new SignerKey(openDemo(store, code), agency.name(), agency.name(), null,
                DemoImages.seal(pki.directory(), agency.code(), agency.name()));
    }

    private SignerKey loadOfficer(String username) {
        Officer officer = officers.find(username)
                .orElseThrow(() -> DomainException.notFound("signing.error.unknown-signer", username));
        Agency agency = agencies.find(officer.agencyCode()).orElse(null);
        String agencyName = agency == null ? officer.agencyCode() : agency.name();
        SigningProperties.Key agencyKey = agency == null ? null : properties.keys().stream()
                .filter(k -> k.agency() != null && sameAgency(k.agency(), agency)).findFirst().orElse(null);
        Optional<SigningProperties.Key> configured = properties.keys().stream()
                .filter(k -> username.equals(k.officer())).findFirst();
        if (configured.isPresent()) {
            return new SignerKey(open(configured.get(), username), officer.fullName(), agencyName,
                    configured.get().signatureImage(), agencyKey == null ? null : agencyKey.sealImage());
        }
        DemoPki pki = demoOnly(username);
        if (!officer.has(Role.SIGNER) && !officer.has(Role.LEADER) && !officer.has(Role.SPECIALIST)) {
            // a demo desk officer does not sign documents in the name of the agency
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "signing.error.no-key", username);
        }
        Path store = pki.officerKeyStore(username, officer.fullName(), agencyName);
        Path seal = agency == null ? null : DemoImages.seal(pki.directory(), agency.code(), agency.name());
        return new SignerKey(openDemo(store, username), officer.fullName(), agencyName,
                DemoImages.signature(pki.directory(), username, officer.fullName()), seal);
    }

    private static boolean sameAgency(String configured, Agency agency) {
        return configured.equals(agency.code()) || configured.equals(agency.code2020());
    }

    private DemoPki demoOnly(String who) {
        if (demoPki == null) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "signing.error.no-key", who);
        }
        return demoPki;
    }

    private static SignatureDevice openDemo(Path store, String who) {
        try {
            return KeyStoreDevice.pkcs12(store, DemoPki.PASSWORD, null);
        } catch (IOException | GeneralSecurityException e) {
            log.warn("demo key of {} unusable: {}", who, e.getMessage());
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "signing.error.key-unavailable", who);
        }
    }

    private static SignatureDevice open(SigningProperties.Key key, String who) {
        try {
            if (key.pkcs12() != null) {
                return KeyStoreDevice.pkcs12(key.pkcs12(), key.password(), key.alias());
            }
            Objects.requireNonNull(key.pkcs11Config(), "onedoor.signing.keys[].pkcs12 or pkcs11-config");
            return KeyStoreDevice.pkcs11(key.pkcs11Config(), key.password(), key.alias());
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            // the message may name the file but never the password
            log.warn("signing key of {} unusable: {}", who, e.getMessage());
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "signing.error.key-unavailable", who);
        }
    }
}
