package org.onedoor.border.goods;

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
import org.onedoor.common.VietnamTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The public consignment page: anonymous, three languages, field errors beside their fields, reference and QR. */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class ConsignmentPageIntegrationTest {

    @Autowired MockMvc mvc;

    private static MockHttpServletRequestBuilder declare(String lang, String hs, String importerCode) {
        return post("/border/declare/consignment").with(csrf()).param("lang", lang).param("direction", "ENTRY")
                .param("exporterName", "Ratanakiri Agro").param("importerName", "Công ty Nông sản Đức Cơ")
                .param("importerCode", importerCode).param("hsCode", hs).param("quantity", "28")
                .param("tonnes", "28").param("plate", "RATANAKIRI 3A-4521")
                .param("plannedDate", LocalDate.now(VietnamTime.ZONE).plusDays(1).toString());
    }

    @Test
    void anImporterDeclaresRawCashewAndGetsAReferenceWithItsQrCode() throws Exception {
        String form = mvc.perform(get("/border/declare/consignment").param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Declare a consignment in advance", "Raw cashew nuts, in shell", "<label for=\"hsCode\"");
        String done = mvc.perform(declare("vi", "0801.31.00", "5900123456")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(done).contains("Hạt điều thô (chưa bóc vỏ)");
        Matcher m = Pattern.compile("id=\"reference\">(BG-[0-9A-Z]{10})<").matcher(done);
        assertThat(m.find()).isTrue();
        mvc.perform(get("/border/declare/trip/{r}/qr.png", m.group(1))).andExpect(status().isOk())
                .andExpect(content().contentType("image/png"));
    }

    @Test
    void wrongFieldsAreNamedInTheChosenLanguage() throws Exception {
        String page = mvc.perform(declare("id", "0902", "123")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Kode HS 0902 tidak termasuk daftar barang", "Kode pajak Vietnam terdiri dari 10 angka",
                "id=\"hsCode-error\"", "value=\"Ratanakiri Agro\"");
    }
}
