package org.onedoor.signing.internal;

import java.util.List;

import org.onedoor.signing.demo.DemoPki;

import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.spi.client.http.DataLoader;

/**
 * Where DSS fetches CRLs from: the demo CRLs are answered in the process (whatever host their URL names, so a
 * changed public URL does not break the demo), any other URL goes to the HTTP loader when online revocation is on.
 */
final class RevocationDataLoader implements DataLoader {

    private static final long serialVersionUID = 1L;

    private final transient DemoPki demoPki;
    private final DataLoader online;

    RevocationDataLoader(DemoPki demoPki, DataLoader online) {
        this.demoPki = demoPki;
        this.online = online;
    }

    @Override
    public byte[] get(String url) {
        if (demoPki != null && url != null) {
            if (url.endsWith(DemoPki.CA_CRL_PATH)) {
                return demoPki.agencyCaCrl();
            }
            if (url.endsWith(DemoPki.ROOT_CRL_PATH)) {
                return demoPki.rootCrl();
            }
        }
        if (online == null) {
            throw new DSSException("online revocation is off (onedoor.signing.online-revocation): " + url);
        }
        return online.get(url);
    }

    @Override
    public DataAndUrl get(List<String> urls) {
        DSSException last = null;
        for (String url : urls) {
            try {
                byte[] data = get(url);
                if (data != null && data.length > 0) {
                    return new DataAndUrl(url, data);
                }
            } catch (DSSException e) {
                last = e;
            }
        }
        throw last != null ? last : new DSSException("no CRL at " + urls);
    }

    @Override
    public byte[] post(String url, byte[] content) {
        if (online == null) {
            throw new DSSException("online revocation is off: " + url);
        }
        return online.post(url, content);
    }

    @Override
    public void setContentType(String contentType) {
        if (online != null) {
            online.setContentType(contentType);
        }
    }
}
