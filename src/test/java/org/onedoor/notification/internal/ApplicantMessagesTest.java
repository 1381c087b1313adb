package org.onedoor.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.onedoor.dossier.DossierStatus;
import org.onedoor.platform.OneDoorProperties;
import org.springframework.context.support.ResourceBundleMessageSource;

class ApplicantMessagesTest {

    final ApplicantMessages messages = new ApplicantMessages(bundle(), new OneDoorProperties(Path.of("data"), false, false,
            "https://dichvucong.example.vn/", new OneDoorProperties.Database(true, false, 0, 10)));

    static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("i18n/notification");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        return bundle;
    }

    @Test
    void vietnameseIsTheDefaultAndRegionVariantsFindTheirLanguage() {
        assertThat(ApplicantMessages.locale(null)).isEqualTo(Locale.forLanguageTag("vi"));
        assertThat(ApplicantMessages.locale("")).isEqualTo(Locale.forLanguageTag("vi"));
        assertThat(ApplicantMessages.locale("en_US").getLanguage()).isEqualTo("en");
    }

    @Test
    void indonesianApplicantsGetIndonesianText() {
        var change = StatusChanges.forNewDossier().inLocale("id")
                .change(7, DossierStatus.SIGNING, "SIGN", DossierStatus.RESULT_READY, null);

        ApplicantMessages.Message message = messages.compose(change, Notice.RESULT_READY);

        assertThat(message.subject()).isEqualTo("Berkas " + change.dossier().code() + " hasilnya sudah siap");
        assertThat(message.body()).contains("Yth. Nguyễn Thị Hằng,", "Status: Hasil siap");
    }

    @Test
    void smsCarriesCodeStatusDueDateAndTheEncodedTrackingLink() {
        var change = StatusChanges.forNewDossier().received();

        String sms = messages.compose(change, Notice.RECEIVED).sms();

        assertThat(sms).isEqualTo("Hồ sơ " + change.dossier().code() + " đã được tiếp nhận. Hạn trả kết quả: 16:00 26/11/2026. "
                + "Tra cứu: https://dichvucong.example.vn/track?code=" + change.dossier().code());
    }

    @Test
    void anInternalCommentIsNotSentWithAResult() {
        var change = StatusChanges.forNewDossier()
                .change(8, DossierStatus.SIGNING, "SIGN", DossierStatus.RESULT_READY, "nội bộ: kiểm tra lại con dấu");

        assertThat(messages.compose(change, Notice.RESULT_READY).body()).doesNotContain("kiểm tra lại con dấu");
    }
}
