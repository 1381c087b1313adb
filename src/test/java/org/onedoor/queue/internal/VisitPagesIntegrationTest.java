package org.onedoor.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onedoor.queue.Appointments;
import org.onedoor.queue.QueueLine;
import org.onedoor.queue.Queues;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The citizen's pages and REST endpoints, anonymous as a citizen is: booking in three languages with field errors,
 * the appointment's page, REST booking and cancelling with localised problem details, the kiosk's "I have an
 * appointment", the rating page of a counter tablet and the alerts form.
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class VisitPagesIntegrationTest {

    static final String HOAN_KIEM = "000.00.31.H24";

    @Autowired MockMvc mvc;
    @Autowired Queues queues;
    @Autowired Appointments appointments;
    @Autowired JdbcClient jdbc;
    final JsonMapper json = JsonMapper.builder().build();

    long lineA() {
        return queues.lines(HOAN_KIEM).stream().filter(l -> l.prefix().equals("A")).mapToLong(QueueLine::id).findFirst().orElseThrow();
    }

    /** A working day after today: it has free slots whatever the hour of the run. */
    LocalDate nextDay() {
        List<LocalDate> days = appointments.days(HOAN_KIEM);
        return days.get(days.get(0).equals(LocalDate.now(org.onedoor.common.VietnamTime.ZONE)) ? 1 : 0);
    }

    @ParameterizedTest
    @CsvSource({"vi, Đặt lịch hẹn, Xem giờ còn trống", "en, Book an appointment, Show free times",
            "id, Buat janji temu, Lihat jam kosong"})
    void theBookingPageInThreeLanguages(String lang, String title, String button) throws Exception {
        String page = mvc.perform(get("/queue/{c}/appointments", HOAN_KIEM).param("lang", lang))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(title, button, "name=\"line\"", "name=\"day\"");
    }

    @Test
    void bookingOnThePageShowsFieldErrorsThenTheCodeAndQr() throws Exception {
        long line = lineA();
        LocalDate day = nextDay();
        String slots = mvc.perform(get("/queue/{c}/appointments", HOAN_KIEM).param("lang", "en")
                        .param("line", String.valueOf(line)).param("day", day.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(slots).contains("name=\"start\"", "value=\"" + day + "T07:30\"", "Full name");

        String errors = mvc.perform(post("/queue/{c}/appointments", HOAN_KIEM).param("lang", "en").with(csrf())
                        .param("line", String.valueOf(line)).param("start", day + "T07:30").param("name", "")
                        .param("phone", "12"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errors).contains("is-invalid", "Enter your full name", "Invalid phone number");

        String location = mvc.perform(post("/queue/{c}/appointments", HOAN_KIEM).param("lang", "en").with(csrf())
                        .param("line", String.valueOf(line)).param("start", day + "T07:45").param("name", "Lê Văn Cường")
                        .param("phone", "0912345678"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches(".*/queue/" + HOAN_KIEM.replace(".", "\\.") + "/appointments/[A-Z2-9]{8}\\?s=.+");
        String confirmation = mvc.perform(get(location).param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(confirmation).contains("Your appointment is booked.", "id=\"appointment-code\"", "qr.png",
                "Lê Văn Cường", "Cancel the appointment");
        String code = location.replaceAll(".*/appointments/([A-Z2-9]{8}).*", "$1");
        mvc.perform(get("/queue/{c}/appointments/{code}/qr.png", HOAN_KIEM, code))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png"));
        mvc.perform(get("/queue/{c}/appointments/{code}", HOAN_KIEM, code).param("s", "wrong"))
                .andExpect(status().isNotFound());
        String secret = location.replaceAll(".*\\?s=([^&]+).*", "$1");
        String cancelled = mvc.perform(post("/queue/{c}/appointments/{code}/cancel", HOAN_KIEM, code).param("s", secret)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(mvc.perform(get(cancelled).param("lang", "en")).andReturn().getResponse().getContentAsString())
                .contains("The appointment has been cancelled.", ">Cancelled<");
    }

    @Test
    void restBookingWithLocalisedFieldErrorsThenSeeAndCancel() throws Exception {
        long line = lineA();
        LocalDate day = nextDay();
        mvc.perform(get("/api/v1/queue/{c}/appointments/slots", HOAN_KIEM).param("line", String.valueOf(line))
                        .param("day", day.toString()))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].start").value(day + "T07:30:00"));
        mvc.perform(post("/api/v1/queue/{c}/appointments", HOAN_KIEM).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("{\"lineId\": " + line + ", \"start\": \"" + day + "T07:31:00\", \"name\": \"\", \"email\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("start")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Enter your full name (at most 200 characters).")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Invalid e-mail address.")));

        String body = mvc.perform(post("/api/v1/queue/{c}/appointments", HOAN_KIEM).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lineId\": " + line + ", \"start\": \"" + day + "T08:00:00\", \"name\": \"Phạm Thị Dung\","
                                + " \"email\": \"dung@example.vn\", \"locale\": \"en\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        JsonNode a = json.readTree(body);
        String code = a.get("code").asString();
        String secret = a.get("secret").asString();
        // the confirmation with the page to see or cancel it went to the outbox for the citizen's e-mail
        assertThat(jdbc.sql("select serialized_event from event_publication where serialized_event like :c")
                .param("c", "%Appointment " + code + " at %").query(String.class).list())
                .singleElement().asString().contains("dung@example.vn", "/appointments/" + code + "?s=" + secret);
        mvc.perform(get("/api/v1/queue/{c}/appointments/{code}", HOAN_KIEM, code).param("s", secret))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("BOOKED"));
        mvc.perform(get("/api/v1/queue/{c}/appointments/{code}", HOAN_KIEM, code).param("s", "guess"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/queue/{c}/appointments/{code}/cancel", HOAN_KIEM, code)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"secret\": \"" + secret + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
        mvc.perform(post("/api/v1/queue/{c}/appointments/{code}/check-in", HOAN_KIEM, code).header("Accept-Language", "en"))
                .andExpect(status().isConflict());
    }

    @Test
    void restBookingByProcedureFindsTheLine() throws Exception {
        VisitFixtures fixtures = new VisitFixtures(jdbc, queues);
        String centre = fixtures.newCentre();
        fixtures.line(centre, "A");
        long b = fixtures.line(centre, "B");
        jdbc.sql("insert into queue.line_procedure (line_id, centre, procedure_code) values (:l, :c, 'TEST.2')")
                .param("l", b).param("c", centre).update();
        mvc.perform(post("/api/v1/queue/{c}/appointments", centre).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"procedureCode\": \"TEST.2\", \"start\": \"" + nextDay() + "T09:00:00\","
                                + " \"name\": \"An\", \"phone\": \"0912345678\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.lineId").value(b));
        mvc.perform(post("/api/v1/queue/{c}/appointments", centre).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("{\"procedureCode\": \"NONE\", \"start\": \"" + nextDay() + "T09:00:00\","
                                + " \"name\": \"An\", \"phone\": \"0912345678\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("lineId"));
    }

    @Test
    void theKioskExplainsAnUnknownAppointment() throws Exception {
        String page = mvc.perform(post("/queue/{c}/kiosk/appointment", HOAN_KIEM).param("code", "zzzz 2222")
                        .param("lang", "en").with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Appointment ZZZZ2222 was not found.", "I have an appointment", "Take a number");
        assertThat(mvc.perform(get("/queue/{c}/kiosk", HOAN_KIEM).param("lang", "id")).andReturn().getResponse()
                .getContentAsString()).contains("Saya punya janji temu", "name=\"code\"");
    }

    @Test
    void theCounterTabletRatesTheLastVisitOnce() throws Exception {
        VisitFixtures fixtures = new VisitFixtures(jdbc, queues);
        String centre = fixtures.newCentre();
        long line = fixtures.line(centre, "A");
        String empty = mvc.perform(get("/queue/{c}/rate", centre).param("counter", "9").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("No visit to rate here yet.");
        long ticket = fixtures.ticket(centre, line, "A", "DONE", "9");

        String page = mvc.perform(get("/queue/{c}/rate", centre).param("counter", "9").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Ticket A001, counter 9", "value=\"SATISFIED\"", ">Satisfied<", ">Acceptable<",
                ">Not satisfied<", "Staff attitude");
        String thanks = mvc.perform(post("/queue/{c}/rate", centre).param("ticketId", String.valueOf(ticket))
                        .param("rating", "NOT_SATISFIED").param("reasons", "WAIT", "ATTITUDE").param("text", "slow")
                        .param("counter", "9").param("lang", "en").with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(thanks).contains("Thank you for your rating!");
        assertThat(jdbc.sql("select reason from queue.rating where ticket_id = :t").param("t", ticket)
                .query(String.class).single()).isEqualTo("WAIT, ATTITUDE: slow");
        assertThat(mvc.perform(get("/queue/{c}/rate", centre).param("ticket", "a001").param("lang", "vi"))
                .andReturn().getResponse().getContentAsString()).contains("Phiếu A001 đã được đánh giá");
        assertThat(mvc.perform(post("/queue/{c}/rate", centre).param("ticketId", String.valueOf(ticket))
                        .param("rating", "SATISFIED").param("lang", "en").with(csrf()))
                .andReturn().getResponse().getContentAsString()).contains("has already been rated");
    }

    @Test
    void restRatingWithLocalisedErrors() throws Exception {
        VisitFixtures fixtures = new VisitFixtures(jdbc, queues);
        String centre = fixtures.newCentre();
        long line = fixtures.line(centre, "A");
        long ticket = fixtures.ticket(centre, line, "A", "DONE", "2");
        mvc.perform(post("/api/v1/queue/{c}/tickets/{t}/rating", centre, ticket).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "id").content("{\"rating\": \"GOOD\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rating"))
                .andExpect(jsonPath("$.errors[0].message").value("Pilih penilaian: puas, cukup, atau tidak puas."));
        mvc.perform(post("/api/v1/queue/{c}/tickets/{t}/rating", centre, ticket).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rating\": \"ACCEPTABLE\", \"reason\": \"GUIDANCE\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rating").value("ACCEPTABLE"))
                .andExpect(jsonPath("$.counter").value("2"));
        mvc.perform(post("/api/v1/queue/{c}/tickets/{t}/rating", centre, ticket).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rating\": \"SATISFIED\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void theTicketsAlertsForm() throws Exception {
        VisitFixtures fixtures = new VisitFixtures(jdbc, queues);
        String centre = fixtures.newCentre();
        long line = fixtures.line(centre, "A");
        long ticket = fixtures.ticket(centre, line, "A", "WAITING", null);
        assertThat(mvc.perform(post("/queue/{c}/tickets/{t}/alerts", centre, ticket).param("phone", "12")
                        .param("lang", "en").with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("Invalid phone number");
        assertThat(mvc.perform(post("/queue/{c}/tickets/{t}/alerts", centre, ticket).param("phone", "0912 345 678")
                        .param("lang", "en").with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("You will get a message when your turn is near");
        mvc.perform(post("/api/v1/queue/{c}/tickets/{t}/alerts", centre, ticket).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"an@example.vn\", \"locale\": \"id\"}"))
                .andExpect(status().isNoContent());
        assertThat(jdbc.sql("select email from queue.ticket_alert where ticket_id = :t").param("t", ticket)
                .query(String.class).single()).isEqualTo("an@example.vn");
    }
}
