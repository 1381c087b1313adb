package org.onedoor.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onedoor.catalog.Channel;
import org.onedoor.dossier.DossierSnapshot;
import org.onedoor.dossier.DossierStatus;
import org.onedoor.dossier.DossierStatusChanged;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The listener's outbox condition selects exactly the events {@link Notice#of} announces, for every change. */
class CitizenNotificationsConditionTest {

    static Stream<Arguments> changes() {
        List<Arguments> all = new ArrayList<>();
        List<DossierStatus> froms = new ArrayList<>(List.of(DossierStatus.values()));
        froms.add(null);
        for (DossierStatus from : froms) {
            for (DossierStatus to : DossierStatus.values()) {
                for (String action : List.of("SUBMIT", "RECEIVE", "FORWARD", "EXTEND", "REQUEST_SUPPLEMENT", "RETURN_RESULT")) {
                    all.add(Arguments.of(from, to, action));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{2}: {0} → {1}")
    @MethodSource("changes")
    void conditionAgreesWithTheNotices(DossierStatus from, DossierStatus to, String action) {
        DossierStatusChanged event = new DossierStatusChanged(2, from, action, "someone", null, Instant.EPOCH,
                new DossierSnapshot("X-260101-0001", "1.004194", 1, "Đăng ký tạm trú", "A", "A", Channel.ONLINE, to,
                        Instant.EPOCH, Instant.EPOCH, null, 0, false, "Lò Thị Hằng", null, null, "vi"));
        StandardEvaluationContext context = new StandardEvaluationContext();
        context.setVariable("event", event);
        Boolean selected = new SpelExpressionParser().parseExpression(CitizenNotifications.CONCERNS)
                .getValue(context, Boolean.class);
        assertThat(selected).isEqualTo(Notice.of(event).isPresent());
    }
}
