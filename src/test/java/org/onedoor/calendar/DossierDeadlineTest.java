package org.onedoor.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onedoor.calendar.TestCalendars.at;
import static org.onedoor.calendar.TestCalendars.show;

import java.time.LocalDate;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onedoor.common.DomainException;
import org.onedoor.common.TimeLimit;

/** A dossier's deadline through supplement requests, extensions and the final verdict. */
class DossierDeadlineTest {

    private final WorkingCalendar calendar = TestCalendars.vietnam();

    /** Received Monday 2 June 2025 09:00 with 3 working days: due Thursday 5 June 17:00. */
    private DossierDeadline threeDaysFromMonday() {
        return DossierDeadline.start(calendar, at("2025-06-02 09:00"), TimeLimit.days(3));
    }

    @Test
    void startsWithTheCalendarsDueDate() {
        var deadline = threeDaysFromMonday();

        assertThat(show(deadline.dueAt())).isEqualTo("2025-06-05 17:00");
        assertThat(deadline.paused()).isFalse();
        assertThat(deadline.extended()).isFalse();
        assertThat(deadline.supplementRequests()).isZero();
    }

    @Test
    void aSupplementRequestPausesTheClock() {
        var paused = threeDaysFromMonday().requestSupplement(at("2025-06-03 10:00"));

        assertThat(paused.paused()).isTrue();
        assertThat(paused.supplementRequests()).isEqualTo(1);
        assertThat(paused.overdueAt(at("2025-06-20 09:00"))).as("a paused clock is never overdue").isFalse();
    }

    @Test
    void theCompleteDossierRestartsTheLimitFromZero() {
        var restarted = threeDaysFromMonday()
                .requestSupplement(at("2025-06-03 10:00"))
                .supplementReceived(calendar, at("2025-06-09 09:00"));

        assertThat(show(restarted.clockStart())).isEqualTo("2025-06-09 09:00");
        assertThat(show(restarted.dueAt())).isEqualTo("2025-06-12 17:00");
        assertThat(restarted.paused()).isFalse();
        assertThat(restarted.receivedAt()).isEqualTo(at("2025-06-02 09:00"));
    }

    @Test
    void aSupplementArrivingAfterTheCutOffRestartsFromTheNextWorkingDay() {
        var restarted = threeDaysFromMonday()
                .requestSupplement(at("2025-06-03 10:00"))
                .supplementReceived(calendar, at("2025-06-09 15:30"));

        assertThat(show(restarted.dueAt())).isEqualTo("2025-06-13 17:00");
    }

    @Test
    void timeWaitingForTheApplicantDoesNotCount() {
        var restarted = threeDaysFromMonday()
                .requestSupplement(at("2025-06-03 10:00"))
                .supplementReceived(calendar, at("2025-06-16 09:00"));

        // Two weeks after the first due date, yet early against the restarted limit (due Thursday 19 June).
        assertThat(restarted.finish(calendar, at("2025-06-18 16:00"))).isEqualTo(Timeliness.EARLY);
    }

    @Test
    void oneSupplementRequestIsJudgedOnDates() {
        var restarted = threeDaysFromMonday()
                .requestSupplement(at("2025-06-03 10:00"))
                .supplementReceived(calendar, at("2025-06-09 09:00"));

        assertThat(restarted.finish(calendar, at("2025-06-12 16:00"))).isEqualTo(Timeliness.ON_TIME);
        assertThat(restarted.finish(calendar, at("2025-06-13 08:00"))).isEqualTo(Timeliness.LATE);
    }

    @Test
    void moreThanOneSupplementRequestCountsAsLateWhateverTheDates() {
        var twice = threeDaysFromMonday()
                .requestSupplement(at("2025-06-03 10:00"))
                .supplementReceived(calendar, at("2025-06-04 09:00"))
                .requestSupplement(at("2025-06-04 10:00"))
                .supplementReceived(calendar, at("2025-06-05 09:00"));

        assertThat(twice.supplementRequests()).isEqualTo(2);
        assertThat(twice.finish(calendar, at("2025-06-06 09:00"))).isEqualTo(Timeliness.LATE);
    }

    @Test
    void aDossierFinishedWhileWaitingIsJudgedWhenTheClockStopped() {
        var paused = threeDaysFromMonday().requestSupplement(at("2025-06-03 10:00"));

        assertThat(paused.finish(calendar, at("2025-07-01 09:00"))).isEqualTo(Timeliness.EARLY);
    }

    @Test
    void cannotRequestASecondSupplementWhileWaitingForTheFirst() {
        var paused = threeDaysFromMonday().requestSupplement(at("2025-06-03 10:00"));

        assertRefused(() -> paused.requestSupplement(at("2025-06-04 10:00")), DomainException.Kind.CONFLICT, "calendar.deadline.alreadyPaused");
    }

    @Test
    void aSupplementCannotArriveWhenNoneWasRequested() {
        assertRefused(() -> threeDaysFromMonday().supplementReceived(calendar, at("2025-06-03 10:00")),
                DomainException.Kind.CONFLICT, "calendar.deadline.notPaused");
    }

    @Test
    void aSupplementRequestCannotPrecedeTheClockStart() {
        assertRefused(() -> threeDaysFromMonday().requestSupplement(at("2025-06-01 10:00")),
                DomainException.Kind.INVALID, "calendar.deadline.beforeClockStart");
    }

    @Test
    void extendsOnceWithANewDueDate() {
        var extended = threeDaysFromMonday().extend(calendar, at("2025-06-10 17:00"), at("2025-06-04 10:00"));

        assertThat(extended.extended()).isTrue();
        assertThat(show(extended.dueAt())).isEqualTo("2025-06-10 17:00");
        assertThat(show(extended.dueAtBeforeExtension())).isEqualTo("2025-06-05 17:00");
        assertThat(extended.finish(calendar, at("2025-06-10 16:00"))).isEqualTo(Timeliness.ON_TIME);
        assertThat(extended.finish(calendar, at("2025-06-10 18:00"))).isEqualTo(Timeliness.LATE);
    }

    @Test
    void refusesASecondExtension() {
        var extended = threeDaysFromMonday().extend(calendar, at("2025-06-10 17:00"), at("2025-06-04 10:00"));

        assertRefused(() -> extended.extend(calendar, at("2025-06-13 17:00"), at("2025-06-05 10:00")),
                DomainException.Kind.CONFLICT, "calendar.deadline.alreadyExtended");
    }

    @Test
    void theExtensionStaysUsedAfterASupplementRestart() {
        var restarted = threeDaysFromMonday()
                .extend(calendar, at("2025-06-10 17:00"), at("2025-06-04 10:00"))
                .requestSupplement(at("2025-06-05 09:00"))
                .supplementReceived(calendar, at("2025-06-09 09:00"));

        assertRefused(() -> restarted.extend(calendar, at("2025-06-20 17:00"), at("2025-06-10 09:00")),
                DomainException.Kind.CONFLICT, "calendar.deadline.alreadyExtended");
    }

    @ParameterizedTest(name = "due {0}, apology sent {1} → allowed: {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2025-06-02 09:00 | 2025-06-04 16:59 | true  | the working day before the due day
            2025-06-02 09:00 | 2025-06-05 08:00 | false | on the due day itself
            2025-06-04 09:00 | 2025-06-06 16:59 | true  | due Monday, asked on Friday
            2025-06-04 09:00 | 2025-06-07 10:00 | false | due Monday, asked on the Saturday before
            2025-04-26 09:00 | 2025-04-29 10:00 | true  | received on the make-up Saturday, due 5 May: 29 April is the last working day before it
            2025-04-26 09:00 | 2025-04-30 10:00 | false | due 5 May: 30 April is a holiday after that day
            """)
    void anExtensionMustBeAskedAtLeastOneWorkingDayBeforeTheDueDate(String received, String askedAt, boolean allowed, String why) {
        var deadline = DossierDeadline.start(calendar, at(received), TimeLimit.days(3));
        ThrowingCallable extend = () -> deadline.extend(calendar, deadline.dueAt().plusSeconds(7 * 24 * 3600), at(askedAt));

        if (allowed) {
            org.assertj.core.api.Assertions.assertThatCode(extend).as(why).doesNotThrowAnyException();
        } else {
            assertRefused(extend, DomainException.Kind.UNPROCESSABLE, "calendar.deadline.extensionTooLate");
        }
    }

    @Test
    void theTooLateMessageNamesTheLastDayToAsk() {
        var deadline = DossierDeadline.start(calendar, at("2025-04-26 09:00"), TimeLimit.days(3));

        assertThatThrownBy(() -> deadline.extend(calendar, at("2025-05-09 17:00"), at("2025-04-30 10:00")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.args()).containsExactly(LocalDate.parse("2025-04-29")));
    }

    @Test
    void anExtensionMustMoveTheDateLater() {
        assertRefused(() -> threeDaysFromMonday().extend(calendar, at("2025-06-05 16:00"), at("2025-06-03 10:00")),
                DomainException.Kind.INVALID, "calendar.deadline.extensionNotLater");
    }

    @Test
    void cannotExtendWhileWaitingForASupplement() {
        var paused = threeDaysFromMonday().requestSupplement(at("2025-06-03 10:00"));

        assertRefused(() -> paused.extend(calendar, at("2025-06-10 17:00"), at("2025-06-03 11:00")),
                DomainException.Kind.CONFLICT, "calendar.deadline.paused");
    }

    @Test
    void isOverdueOnlyAfterTheDueTime() {
        var deadline = threeDaysFromMonday();

        assertThat(deadline.overdueAt(at("2025-06-05 17:00"))).isFalse();
        assertThat(deadline.overdueAt(at("2025-06-05 17:01"))).isTrue();
    }

    @ParameterizedTest(name = "step starts {0} with {1} {2} → due {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-06-02 14:00 | 4 | WORKING_HOURS | 2025-06-03 08:30
            2025-06-02 14:00 | 2 | WORKING_DAYS  | 2025-06-04 17:00
            2025-06-02 16:00 | 8 | WORKING_HOURS | 2025-06-03 17:00
            """)
    void computesStepBudgets(String start, int amount, TimeLimit.Unit unit, String due) {
        assertThat(show(DossierDeadline.stepDueAt(calendar, at(start), new TimeLimit(amount, unit)))).isEqualTo(due);
    }

    @Test
    void aLimitInHoursIsCountedInWorkingMinutes() {
        var deadline = DossierDeadline.start(calendar, at("2025-06-02 10:00"), TimeLimit.hours(4));

        assertThat(show(deadline.dueAt())).isEqualTo("2025-06-02 15:30");
        assertThat(deadline.finish(calendar, at("2025-06-02 15:30"))).isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    void supplementsMayBeRequestedWithinThreeWorkingDaysOfReceipt() {
        var deadline = DossierDeadline.start(calendar, at("2025-04-29 10:00"), TimeLimit.days(15));

        assertThat(show(deadline.supplementRequestWindowEndsAt(calendar))).isEqualTo("2025-05-07 17:00");
    }

    @Test
    void aSupplementRequestAfterTheWindowIsLateEvenAcrossTheHolidays() {
        // received on Tuesday 29 April 2025; 30 April – 4 May are holidays and a weekend
        var deadline = DossierDeadline.start(calendar, at("2025-04-29 10:00"), TimeLimit.days(15));

        assertThat(deadline.supplementRequestLate(calendar, at("2025-05-02 09:00"))).isFalse();  // holiday
        assertThat(deadline.supplementRequestLate(calendar, at("2025-05-07 16:59"))).isFalse();
        assertThat(deadline.supplementRequestLate(calendar, at("2025-05-07 17:00"))).isFalse();
        assertThat(deadline.supplementRequestLate(calendar, at("2025-05-07 17:01"))).isTrue();
        assertThat(deadline.supplementRequestLate(calendar, at("2025-05-08 08:00"))).isTrue();
    }

    private static void assertRefused(ThrowingCallable call, DomainException.Kind kind, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.messageKey()).isEqualTo(messageKey);
        });
    }
}
