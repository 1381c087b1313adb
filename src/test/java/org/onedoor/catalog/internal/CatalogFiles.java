package org.onedoor.catalog.internal;

/** Small catalogue files for tests, one field per line so that error lines are easy to state. */
final class CatalogFiles {

    private CatalogFiles() {
    }

    /** One procedure with two consecutive versions. */
    static String procedure(String code, String name) {
        return """
                {
                  "code": "%s",
                  "nationalCode": "%s",
                  "name": "%s",
                  "nameEn": "Test procedure",
                  "sector": { "code": "HO_TICH", "name": "Hộ tịch", "nameEn": "Civil status" },
                  "level": "FULL_ONLINE",
                  "competentLevel": "COMMUNE",
                  "boundaryFree": true,
                  "versions": [
                    {
                      "version": 1,
                      "effectiveFrom": "2020-01-01",
                      "effectiveTo": "2025-06-30",
                      "timeLimit": { "amount": 3, "unit": "WORKING_DAYS" },
                      "fees": [ { "description": "Lệ phí", "descriptionEn": "Fee", "amountVnd": 15000 } ],
                      "components": [
                        { "code": "TK01", "name": "Tờ khai", "nameEn": "Form", "originals": 1, "copies": 0, "mandatory": true, "template": "TK" },
                        { "code": "TP02", "name": "Giấy tờ", "nameEn": "Paper", "originals": 0, "copies": 1, "mandatory": false }
                      ],
                      "resultType": "Trích lục",
                      "resultTypeEn": "Extract",
                      "channels": [ "ONLINE", "COUNTER" ],
                      "legalBasis": "Luật Hộ tịch số 60/2014/QH13",
                      "workflow": "simple"
                    },
                    {
                      "version": 2,
                      "effectiveFrom": "2025-07-01",
                      "timeLimit": { "amount": 4, "unit": "WORKING_HOURS" },
                      "fees": [],
                      "components": [
                        { "code": "TK01", "name": "Tờ khai mới", "nameEn": "New form", "originals": 1, "copies": 0, "mandatory": true }
                      ],
                      "resultType": "Trích lục",
                      "resultTypeEn": "Extract",
                      "channels": [ "ONLINE" ],
                      "legalBasis": "Luật Hộ tịch số 60/2014/QH13; Nghị định 07/2025/NĐ-CP",
                      "workflow": "same-day"
                    }
                  ]
                }""".formatted(code, code.substring(0, 8), name);
    }

    static String file(String... procedures) {
        return "{\n\"formatVersion\": 1,\n\"procedures\": [\n" + String.join(",\n", procedures) + "\n]\n}\n";
    }

    /** The 1-based line of the {@code occurrence}-th (1-based) line containing {@code marker}. */
    static int lineOf(String text, String marker, int occurrence) {
        String[] lines = text.split("\n", -1);
        int seen = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(marker) && ++seen == occurrence) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no line " + occurrence + " with " + marker);
    }

    static int lineOf(String text, String marker) {
        return lineOf(text, marker, 1);
    }
}
