package org.onedoor.portal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onedoor.agency.Agencies;
import org.onedoor.agency.Agency;
import org.onedoor.agency.AgencyLevel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The places where a dossier can be received: active public administrative service centres and communes
 * (wards), grouped by province for the select's {@code optgroup}s. Boundary-free intake means any of them
 * may receive; the dossier module routes the dossier to the competent agency.
 */
@Component
class ReceivingCentres {

    private final ObjectProvider<Agencies> agencies;

    ReceivingCentres(ObjectProvider<Agencies> agencies) {
        this.agencies = agencies;
    }

    record Province(Agency province, List<Agency> centres) {
    }

    List<Province> byProvince() {
        Map<String, List<Agency>> grouped = new LinkedHashMap<>();
        for (Agency a : agencies.getObject().all()) {
            if (a.active() && (a.level() == AgencyLevel.SERVICE_CENTRE || a.level() == AgencyLevel.COMMUNE)) {
                grouped.computeIfAbsent(a.provinceCode(), k -> new ArrayList<>()).add(a);
            }
        }
        List<Province> result = new ArrayList<>();
        grouped.forEach((provinceCode, centres) -> {
            // centres first: they receive for every agency of the province
            centres.sort((x, y) -> Boolean.compare(y.level() == AgencyLevel.SERVICE_CENTRE, x.level() == AgencyLevel.SERVICE_CENTRE));
            Agency province = agencies.getObject().find(provinceCode)
                    .orElse(new Agency(provinceCode, null, provinceCode, provinceCode, AgencyLevel.PROVINCE, null, provinceCode, true, null));
            result.add(new Province(province, centres));
        });
        return result;
    }

    boolean isReceiving(String code) {
        return code != null && agencies.getObject().find(code)
                .filter(a -> a.active() && (a.level() == AgencyLevel.SERVICE_CENTRE || a.level() == AgencyLevel.COMMUNE))
                .isPresent();
    }
}
