package org.onedoor.catalog.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

/** The catalogue's REST API and admin page over HTTP semantics (MockMvc, real security filters); rolls back. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class CatalogWebIntegrationTest {

    static final String VALID = """
            {"formatVersion": 1, "procedures": [{"code": "1.999101", "nationalCode": "1.999101", "name": "Thủ tục web",
              "nameEn": "Web procedure", "sector": {"code": "TU_PHAP", "name": "Tư pháp", "nameEn": "Justice"},
              "level": "FULL_ONLINE", "competentLevel": "COMMUNE", "boundaryFree": true,
              "versions": [{"version": 1, "effectiveFrom": "2025-01-01", "timeLimit": {"amount": 1, "unit": "WORKING_DAYS"},
                "fees": [], "components": [{"code": "TK01", "name": "Tờ khai", "nameEn": "Form", "originals": 1, "copies": 0, "mandatory": true}],
                "resultType": "Kết quả", "resultTypeEn": "Result", "channels": ["ONLINE"], "legalBasis": "Luật", "workflow": "simple"}]}]}
            """;
    static final String INVALID = """
            {"formatVersion": 1,
             "procedures": [
               {"code": "bad"}
             ]}
            """;

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void publicSearchFindsBirthRegistrationWithoutDiacritics() throws Exception {
        mvc.perform(get("/api/v1/procedures").param("q", "dang ky khai sinh"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("1.001193"))
                .andExpect(jsonPath("$[0].name").value("Đăng ký khai sinh"));
        mvc.perform(get("/api/v1/procedures").param("q", "khong co thu tuc nay"))
                .andExpect(status().isOk()).andExpect(jsonPath("$", empty()));
    }

    @Test
    void publicDetailReturnsTheCurrentVersionOrAGivenOne() throws Exception {
        mvc.perform(get("/api/v1/procedures/2.000720"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.timeLimit.amount").value(3))
                .andExpect(jsonPath("$.components[0].code").value("TK01"));
        mvc.perform(get("/api/v1/procedures/2.000720").param("version", "1"))
                .andExpect(jsonPath("$.effectiveTo").value("2025-06-30"));
    }

    @Test
    void unknownProcedureIsA404ProblemInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/procedures/9.999999").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("Procedure 9.999999 not found"));
    }

    @Test
    void importRejectsAnInvalidFileWith422AndEveryErrorWithItsLine() throws Exception {
        mvc.perform(post("/api/v1/catalog/import").with(user("admin").roles("ADMIN")).with(csrf())
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(INVALID))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()", greaterThanOrEqualTo(7)))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].path").value("$.procedures[0].code"))
                .andExpect(jsonPath("$.errors[0].message", startsWith("Procedure code \"bad\" is malformed")))
                .andExpect(jsonPath("$.errors[1].message").value("Required field \"nationalCode\" is missing."));
    }

    @Test
    void importAcceptsAValidFileFromAnAdministrator() throws Exception {
        mvc.perform(post("/api/v1/catalog/import").with(user("admin").roles("ADMIN")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.procedures").value(1))
                .andExpect(jsonPath("$.created").value(1));
        mvc.perform(get("/api/v1/procedures").param("q", "thu tuc web"))
                .andExpect(jsonPath("$[0].code").value("1.999101"));
    }

    @Test
    void importIsForbiddenToOtherOfficers() throws Exception {
        mvc.perform(post("/api/v1/catalog/import").with(user("desk").roles("DESK_OFFICER")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/procedures/1.999101")).andExpect(status().isNotFound());
    }

    @Test
    void exportDownloadsTheWholeCatalogue() throws Exception {
        mvc.perform(get("/api/v1/catalog/export").with(user("someone")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("catalog.json")))
                .andExpect(jsonPath("$.formatVersion").value(1))
                .andExpect(jsonPath("$.procedures.length()", greaterThanOrEqualTo(40)));
    }

    @Test
    void adminPageListsProceduresAndShowsImportErrorsWithLines() throws Exception {
        mvc.perform(get("/admin/catalog").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1.001193.000.00.00.H38")))
                .andExpect(content().string(containsString("/api/v1/catalog/export")));
        MockMultipartFile file = new MockMultipartFile("file", "broken.json", "application/json", INVALID.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/admin/catalog/import").file(file).with(user("admin").roles("ADMIN")).with(csrf()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("broken.json")))
                .andExpect(content().string(containsString("<td>3</td>")))
                .andExpect(content().string(containsString("$.procedures[0].code")));
    }

    @Test
    void adminPageIsForbiddenToOtherOfficers() throws Exception {
        mvc.perform(get("/admin/catalog").with(user("desk").roles("DESK_OFFICER"))).andExpect(status().isForbidden());
    }
}
