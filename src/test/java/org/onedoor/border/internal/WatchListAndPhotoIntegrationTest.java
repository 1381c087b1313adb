package org.onedoor.border.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.time.LocalDate;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.onedoor.identity.Role;
import org.onedoor.identity.internal.AccountPrincipal;
import org.onedoor.recognition.TextRecognizer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Changes made by another instance reach the index; a photographed passport is cleared through the API. */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class WatchListAndPhotoIntegrationTest {

    @Autowired WatchListService watchList;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired TextRecognizer ocr;

    @Test
    void rowsChangedByAnotherInstanceAreFollowed() {
        long id = jdbc.sql("""
                        insert into border.watch_list_entry (full_name, date_of_birth, nationality, reason, source)
                        values ('Yim Sreymom', '1987-10-10', 'KHM', 'test', 'other-instance') returning id""")
                .query(Long.class).single();
        assertThat(watchList.screen("SREYMOM YIM", LocalDate.of(1987, 10, 10), "KHM").clear()).isTrue();
        watchList.refresh();
        assertThat(watchList.screen("SREYMOM YIM", LocalDate.of(1987, 10, 10), "KHM").hits()).hasSize(1);

        jdbc.sql("update border.watch_list_entry set active = false, changed_at = now() where id = :id")
                .param("id", id).update();
        watchList.refresh();
        assertThat(watchList.screen("SREYMOM YIM", LocalDate.of(1987, 10, 10), "KHM").clear()).isTrue();
    }

    @Test
    void aPhotographedPassportIsReadAndMatchedWithItsDeclaration() throws Exception {
        Assumptions.assumeTrue(ocr.available(), "tesseract with vie/eng/ind data is not installed");
        Assumptions.assumeTrue(new File("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf").exists(),
                "DejaVu Sans Mono (fonts-dejavu-core) is not installed");
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(MrzPhotoReaderTest.photo(BorderDemoData.DEMO_MRZ), "png", png);
        var guard = new AccountPrincipal("bienphong.lethanh", "Cán bộ biên phòng", BorderDemoData.LE_THANH,
                Set.of(Role.BORDER_GUARD), Set.of());
        mvc.perform(multipart("/api/v1/border/{gate}/clearances/photo", BorderDemoData.LE_THANH)
                        .file(new MockMultipartFile("photo", "mrz.png", "image/png", png.toByteArray()))
                        .with(authentication(UsernamePasswordAuthenticationToken.authenticated(guard, null,
                                guard.authorities()))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.document.documentNumber").value(BorderDemoData.DEMO_PASSPORT))
                .andExpect(jsonPath("$.document.problems").isEmpty())
                .andExpect(jsonPath("$.declaration.surname").value("Trần"))
                .andExpect(jsonPath("$.declarationIssues").isEmpty())
                .andExpect(jsonPath("$.direction").value("EXIT"))
                .andExpect(jsonPath("$.suggestion").value("CLEAR"));
    }
}
