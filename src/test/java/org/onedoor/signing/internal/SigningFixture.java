package org.onedoor.signing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.onedoor.agency.Agencies;
import org.onedoor.agency.Agency;
import org.onedoor.agency.AgencyLevel;
import org.onedoor.identity.Officer;
import org.onedoor.identity.Officers;
import org.onedoor.identity.Role;
import org.onedoor.signing.demo.DemoPki;
import org.onedoor.signing.demo.DemoServices;
import org.onedoor.signing.demo.DemoTimeStampAuthority;

/**
 * One demo PKI per test JVM (created in a temporary directory), and the signer and validator built on it the way
 * SigningConfiguration builds them, with two demo signers: agency 000.00.31.H37 and officer lanhdao.giaphu.
 */
final class SigningFixture {

    static final String AGENCY = "000.00.31.H37";
    static final String AGENCY_NAME = "Ủy ban nhân dân xã Gia Phú";
    static final String OFFICER = "lanhdao.giaphu";

    static final DemoPki PKI;
    static final TrustServices TRUST;
    static final SignerKeys KEYS;
    static final PadesDocumentSigner SIGNER;
    /** What the signer audited, one line per signature: "action subjectId detail". */
    static final java.util.List<String> AUDITED = new java.util.concurrent.CopyOnWriteArrayList<>();
    static final org.onedoor.audit.AuditTrail AUDIT = (action, type, id, detail) -> AUDITED.add(action + " " + id + " " + detail);
    static final DssSignatureValidator VALIDATOR;

    static {
        try {
            Path dir = Files.createTempDirectory("onedoor-signing-test");
            PKI = DemoPki.openOrCreate(dir.resolve("pki"), "http://localhost:8080");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DemoServices demo = new DemoServices(PKI, new DemoTimeStampAuthority(PKI));
        SigningProperties properties = new SigningProperties(List.of(), List.of(), null, false,
                org.springframework.util.unit.DataSize.ofMegabytes(20));
        TRUST = TrustServices.from(properties, demo);
        KEYS = new SignerKeys(properties, new TestAgencies(), new TestOfficers(), PKI);
        SIGNER = new PadesDocumentSigner(KEYS, TRUST, AUDIT);
        VALIDATOR = new DssSignatureValidator(TRUST);
    }

    private SigningFixture() {
    }

    /** A key of the demo agency CA with the given validity, not stored (revoked / expired certificates). */
    static SignerKey key(DemoPki.Issued issued, String name) {
        return new SignerKey(new KeyStoreDevice(issued.key(), issued.chain()), name, AGENCY_NAME, null, null);
    }

    /** An A4 PDF of {@code pages} pages with Vietnamese text, as a form would print it. */
    static byte[] pdf(int pages) {
        try (PDDocument document = new PDDocument();
             InputStream font = SigningFixture.class.getResourceAsStream("/fonts/DejaVuSerif.ttf")) {
            PDType0Font serif = PDType0Font.load(document, font, true);
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(serif, 12);
                    content.newLineAtOffset(72, 600);
                    content.showText("Giấy chứng nhận – trang " + i + " (bản chính)");
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final class TestAgencies implements Agencies {
        private final Agency giaPhu = new Agency(AGENCY, "H37.31", AGENCY_NAME, "Gia Phu commune", AgencyLevel.values()[0],
                "000.00.00.H37", "000.00.00.H37", true, null);

        @Override
        public Optional<Agency> find(String code) {
            return AGENCY.equals(code) || "H37.31".equals(code) ? Optional.of(giaPhu) : Optional.empty();
        }

        @Override
        public List<Agency> all() {
            return List.of(giaPhu);
        }

        @Override
        public List<Agency> children(String code) {
            return List.of();
        }

        @Override
        public Optional<Agency> current(String code) {
            return find(code);
        }
    }

    static final class TestOfficers implements Officers {
        private final Officer leader = new Officer(OFFICER, "Nguyễn Văn Đức", AGENCY, Set.of(Role.LEADER, Role.SIGNER),
                Set.of());
        private final Officer desk = new Officer("motcua.giaphu", "Trần Thị Hà", AGENCY, Set.of(Role.DESK_OFFICER),
                Set.of());

        @Override
        public Optional<Officer> current() {
            return Optional.empty();
        }

        @Override
        public Optional<Officer> find(String username) {
            return Optional.ofNullable(OFFICER.equals(username) ? leader : "motcua.giaphu".equals(username) ? desk : null);
        }

        @Override
        public List<Officer> withRole(String agencyCode, Role role) {
            return List.of();
        }
    }
}
