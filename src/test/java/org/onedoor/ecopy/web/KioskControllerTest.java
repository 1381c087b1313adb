package org.onedoor.ecopy.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onedoor.ecopy.internal.RequestState;

class KioskControllerTest {

    @ParameterizedTest(name = "{0} continues at {1}")
    @CsvSource({"IDENTIFIED, /kiosk/copies/face", "AWAITING_FACE_REVIEW, /kiosk/copies/scan",
            "AUTHENTICATED, /kiosk/copies/scan", "SCANNED, /kiosk/copies/result",
            "AWAITING_OFFICER_REVIEW, /kiosk/copies/result", "RECOGNISED, /kiosk/copies/result",
            "PAID, /kiosk/copies/issue", "ISSUED, /kiosk/copies/deliver", "REJECTED, /kiosk/copies/result"})
    void aReloadOrTheBackButtonLandsOnTheStepTheRequestIsAt(RequestState state, String page) {
        assertThat(KioskController.next(state)).isEqualTo(page);
    }
}
