package org.onedoor.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The public procedure pages, rendered by Thymeleaf from the demo catalogue, without signing in. */
@SpringBootTest
@ActiveProfiles("test")
class ProcedurePagesIntegrationTest {

    private static final Pattern RESULT_NAME = Pattern.compile("class=\"fw-semibold procedure-name\"[^>]*>([^<]*)<");

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void searchWithoutDiacriticsListsBirthRegistrationFirst() throws Exception {
        String html = page("/procedures?q=dang+ky+khai+sinh");
        assertThat(html).contains("<html").contains("id=\"results\"");
        assertThat(resultNames(html)).first().isEqualTo("Đăng ký khai sinh");
        assertThat(resultNames(html)).contains("Đăng ký khai sinh kết hợp nhận cha, mẹ, con");
    }

    @Test
    void liveSearchAnswersHtmxWithTheResultListOnly() throws Exception {
        String fragment = mvc.perform(get("/procedures").param("q", "chung thuc").header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).doesNotContain("<html").contains("id=\"results\"");
        // the phrase ranks above names that merely hold both words ("chứng nhận ... thực phẩm")
        List<String> names = resultNames(fragment);
        assertThat(names.subList(0, 4)).allSatisfy(name -> assertThat(name).startsWith("Chứng thực"));
        assertThat(names.subList(4, names.size())).noneSatisfy(name -> assertThat(name).startsWith("Chứng thực"));
    }

    @Test
    void sectorFilterAndEnglishNames() throws Exception {
        List<String> names = resultNames(page("/procedures?sector=DAT_DAI&lang=en"));
        assertThat(names).isNotEmpty().allSatisfy(name -> assertThat(name).containsIgnoringCase("land"));
    }

    @Test
    void detailShowsComponentsFeesWhereToSubmitAndTheSubmitButton() throws Exception {
        String html = page("/procedures/2.000815?lang=vi");
        assertThat(html).contains("Chứng thực bản sao từ bản chính").contains("Thành phần hồ sơ")
                .contains("4 giờ làm việc").contains("2.000 đồng").contains("bất kỳ Trung tâm")
                .contains("Nghị định 23/2015/NĐ-CP").contains("href=\"/submit/2.000815\"");
    }

    @Test
    void detailInEnglishAndIndonesianShowsTheEnglishName() throws Exception {
        assertThat(page("/procedures/1.001193?lang=en")).contains("Birth registration").contains("Same working day")
                .contains("Birth certificate (original)").contains("Submit online");
        assertThat(page("/procedures/1.001193?lang=id")).contains("Birth registration").contains("Komponen berkas");
    }

    @Test
    void counterOnlyProcedureHasNoOnlineButton() throws Exception {
        assertThat(page("/procedures/2.000884")).doesNotContain("/submit/2.000884");
    }

    @Test
    void unknownProcedureIsNotFound() throws Exception {
        mvc.perform(get("/procedures/9.999999")).andExpect(status().isNotFound());
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static List<String> resultNames(String html) {
        List<String> names = new ArrayList<>();
        Matcher m = RESULT_NAME.matcher(html);
        while (m.find()) {
            names.add(m.group(1).strip());
        }
        return names;
    }
}
