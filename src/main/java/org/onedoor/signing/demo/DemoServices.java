package org.onedoor.signing.demo;

/**
 * The demo PKI and its time-stamp authority as one bean; both null when {@code onedoor.demo=false} (production
 * never trusts, serves or uses the demo root).
 */
public record DemoServices(DemoPki pki, DemoTimeStampAuthority tsa) {

    public boolean enabled() {
        return pki != null;
    }
}
