package org.onedoor.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.onedoor.catalog.Channel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Hundreds of simultaneous submissions to one agency get unique, consecutive numbers. */
@SpringBootTest(properties = "onedoor.dossier.max-file-size=64KB")
@ActiveProfiles("test")
@AutoConfigureMockMvc
@Import(DossierTestFixtures.class)
class DossierCodeConcurrencyIntegrationTest {

    @Autowired
    DossierIntake intake;

    @Test
    void threeHundredParallelSubmissionsToOneAgencyGetNumbers0001To0300() throws Exception {
        Applicant applicant = new Applicant(ApplicantType.BUSINESS, null, "0101234567", "Công ty TNHH An Bình", null,
                null, null, null);
        SubmissionRequest request = new SubmissionRequest("T.STD", applicant, Channel.ONLINE,
                DossierTestFixtures.BUSY_CENTRE, DossierTestFixtures.DEPARTMENT, List.of("TK01"), "vi");
        ExecutorService pool = Executors.newFixedThreadPool(24);
        List<Future<Receipt>> futures = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            futures.add(pool.submit((Callable<Receipt>) () -> intake.submit(request, null)));
        }
        List<String> numbers = new ArrayList<>();
        for (Future<Receipt> f : futures) {
            String code = f.get().code();
            numbers.add(code.substring(code.length() - 4));
        }
        pool.shutdown();

        assertThat(numbers).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 300)
                        .mapToObj(n -> String.format("%04d", n)).toList());
    }
}
