package org.onedoor.workspace.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.onedoor.identity.Officer;
import org.onedoor.identity.Officers;
import org.onedoor.identity.internal.AccountPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs in the demo accounts of the test profile, for service calls and for MockMvc requests. */
final class RealOfficers {

    private final Officers officers;

    RealOfficers(Officers officers) {
        this.officers = officers;
    }

    /** Makes {@code username} the current officer of this thread (for direct calls to the dossier API). */
    RealOfficers become(String username) {
        SecurityContextHolder.getContext().setAuthentication(token(username));
        return this;
    }

    /** The same officer on a MockMvc request. */
    RequestPostProcessor as(String username) {
        return authentication(token(username));
    }

    private Authentication token(String username) {
        Officer o = officers.find(username).orElseThrow(() -> new IllegalStateException("no demo account " + username));
        AccountPrincipal principal = new AccountPrincipal(o.username(), o.fullName(), o.agencyCode(), o.roles(), o.permissions());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static byte[] scan() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
