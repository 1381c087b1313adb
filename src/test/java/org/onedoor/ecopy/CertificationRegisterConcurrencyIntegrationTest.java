package org.onedoor.ecopy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.onedoor.ecopy.internal.CertificationRegister;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Certification numbers under concurrency: 40 issuing transactions of one agency at once, every fourth rolled back
 * (e.g. a crash before commit). The committed numbers are exactly 1..30: unique and without gaps.
 */
@SpringBootTest
@ActiveProfiles("test")
class CertificationRegisterConcurrencyIntegrationTest {

    @Autowired
    CertificationRegister register;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void numbersAreUniqueAndGapFreeEvenWhenSomeTransactionsRollBack() throws Exception {
        String agency = "TEST.CONCURRENCY." + System.nanoTime();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        List<Integer> committed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < 40; i++) {
            boolean rollBack = i % 4 == 3;
            pool.submit(() -> {
                start.await();
                Integer n = tx.execute(status -> {
                    int next = register.nextSequence(agency, "01", 2026);
                    if (rollBack) {
                        status.setRollbackOnly();
                    }
                    return next;
                });
                if (!rollBack) {
                    committed.add(n);
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(committed).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 30).boxed().toList());
        // another year starts again at 1
        Integer nextYear = tx.execute(status -> register.nextSequence(agency, "01", 2027));
        assertThat(nextYear).isEqualTo(1);
    }
}
