package org.onedoor.border.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.onedoor.border.Declarations;
import org.onedoor.common.VietnamTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The public pre-declaration page: anonymous, three languages, errors beside their fields, reference and QR. */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class DeclarationPageIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired Declarations declarations;

    @Test
    void aTravellerDeclaresAndGetsAReferenceWithItsQrCode() throws Exception {
        String form = mvc.perform(get("/border/declare").param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Declare your crossing in advance", "Border pass", "<label for=\"dateOfBirth\"");

        String done = mvc.perform(post("/border/declare").with(csrf()).param("lang", "vi")
                        .param("gate", "000.00.40.H21").param("documentType", "BORDER_PASS")
                        .param("documentNumber", "gt 123456").param("surname", "Rơ Châm").param("givenNames", "H'Hen")
                        .param("nationality", "vnm").param("dateOfBirth", "1991-08-15").param("purpose", "VISIT_FAMILY")
                        .param("plannedDate", LocalDate.now(VietnamTime.ZONE).plusDays(3).toString())
                        .param("direction", "EXIT"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(done).contains("Đã khai báo", "Giấy thông hành biên giới GT123456");
        Matcher m = Pattern.compile("id=\"reference\">(BD-[0-9A-Z]{10})<").matcher(done);
        assertThat(m.find()).isTrue();
        assertThat(declarations.find(m.group(1))).get().satisfies(d -> {
            assertThat(d.surname()).isEqualTo("Rơ Châm");
            assertThat(d.nationality()).isEqualTo("VNM");
        });
        mvc.perform(get("/border/declare/{r}/qr.png", m.group(1))).andExpect(status().isOk())
                .andExpect(content().contentType("image/png"));
    }

    @Test
    void wrongFieldsAreNamedBesideThemInTheChosenLanguage() throws Exception {
        String page = mvc.perform(post("/border/declare").with(csrf()).param("lang", "id")
                        .param("gate", "000.00.40.H21").param("documentType", "PASSPORT")
                        .param("documentNumber", "12").param("surname", "Sok").param("nationality", "Kamboja")
                        .param("dateOfBirth", "1980-01-01").param("purpose", "TRADE")
                        .param("plannedDate", LocalDate.now(VietnamTime.ZONE).minusDays(2).toString())
                        .param("direction", "ENTRY"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Mohon perbaiki hal berikut", "Nomor dokumen terdiri dari 5–20 huruf",
                "Kewarganegaraan berupa kode 3 huruf", "Tanggal rencana harus antara hari ini dan 90 hari",
                "id=\"documentNumber-error\"", "value=\"Sok\"");
    }
}
