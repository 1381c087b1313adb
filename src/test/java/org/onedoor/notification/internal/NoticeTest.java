package org.onedoor.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.onedoor.dossier.DossierStatus;

class NoticeTest {

    @ParameterizedTest
    @CsvSource({
            "NEW, RECEIVE, RECEIVED, RECEIVED",
            "RECEIVED, REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED, SUPPLEMENT_REQUESTED",
            "NEW, REFUSE, REFUSED_AT_INTAKE, REFUSED_AT_INTAKE",
            "SIGNING, SIGN, RESULT_READY, RESULT_READY",
            "RESULT_READY, RETURN_RESULT, RESULT_RETURNED, RESULT_RETURNED",
            "PROCESSING, WITHDRAW, WITHDRAWN, WITHDRAWN",
            "PROCESSING, REFUSE, STOPPED, STOPPED",
            "PROCESSING, EXTEND, PROCESSING, EXTENDED",
            "CONSULTING, extend, CONSULTING, EXTENDED"})
    void announcesTheChangesTheApplicantCaresAbout(DossierStatus from, String action, DossierStatus to, Notice expected) {
        assertThat(Notice.of(StatusChanges.forNewDossier().change(3, from, action, to, null))).contains(expected);
    }

    @ParameterizedTest
    @EnumSource(value = DossierStatus.class, names = {"NEW", "PROCESSING", "CONSULTING", "SIGNING", "AWAITING_PAYMENT"})
    void staysSilentOnInternalSteps(DossierStatus to) {
        assertThat(Notice.of(StatusChanges.forNewDossier().change(3, DossierStatus.RECEIVED, "FORWARD", to, null))).isEmpty();
    }

    @Test
    void staysSilentWhenTheStatusDoesNotChange() {
        assertThat(Notice.of(StatusChanges.forNewDossier()
                .change(4, DossierStatus.RECEIVED, "ASSIGN", DossierStatus.RECEIVED, null))).isEmpty();
    }

    @Test
    void onlyLettersToTheApplicantCarryTheOfficersComment() {
        assertThat(Notice.SUPPLEMENT_REQUESTED.carriesComment()).isTrue();
        assertThat(Notice.EXTENDED.carriesComment()).isTrue();
        assertThat(Notice.RESULT_READY.carriesComment()).isFalse();
    }
}
