package org.onedoor.ecopy.internal;

import org.springframework.stereotype.Component;

/** Tells the citizen why their request was rejected, by e-mail and SMS when they gave a contact. */
@Component
class RejectionNotice {

    private final org.onedoor.notification.CitizenMessenger messages;

    RejectionNotice(org.onedoor.notification.CitizenMessenger messages) {
        this.messages = messages;
    }

    void rejected(CopyRequest r, String reason) {
        String text = messages.text("ecopy.notice.rejected", r.locale(), r.fullName(), reason);
        if (r.email() != null) {
            messages.email(r.email(), messages.text("ecopy.notice.rejected.subject", r.locale()), text);
        }
        if (r.phone() != null) {
            messages.sms(r.phone(), text);
        }
    }
}
