package org.onedoor.ecopy.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.onedoor.ecopy.internal.CopyRequest;
import org.onedoor.ecopy.internal.RegisterEntry;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A kiosk request as the API shows it (the ID number masked). */
record RequestView(UUID id, String state, String kioskId, String agencyCode, String fullName, String faceVerdict,
                   int pages, String documentType, Map<String, String> fields, List<String> reviewReasons,
                   Long feeVnd, String rejectReason, String copyCode, String certificationNumber) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Map<String, String> fields(CopyRequest r) {
        return r.recognisedFieldsJson() == null ? Map.of()
                : JSON.readValue(r.recognisedFieldsJson(), new TypeReference<Map<String, String>>() { });
    }

    static RequestView of(CopyRequest r, RegisterEntry issued) {
        Map<String, String> fields = fields(r);
        return new RequestView(r.id(), r.state().name(), r.kioskId(), r.agencyCode(), r.fullName(),
                r.faceVerdict() == null ? null : r.faceVerdict().name(), r.scanSha256().size(), r.documentType(), fields,
                r.reviewReasons(), r.feeVnd(), r.rejectReason(), issued == null ? null : issued.code(),
                issued == null ? null : issued.certificationNumber());
    }
}
