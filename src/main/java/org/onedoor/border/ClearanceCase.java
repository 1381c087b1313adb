package org.onedoor.border;

import java.time.Instant;
import java.util.List;

/**
 * Everything the border guard needs to decide, opened by the first scan (the 1-minute clock starts there).
 *
 * @param declaration       the matching pre-declaration, null when none was found
 * @param declarationIssues where the declaration and the document disagree ({@code border.match.*} keys)
 * @param ruleIssues        entry and exit rules the crossing breaks ({@code border.rule.*} keys), e.g. a visa is
 *                          needed for this nationality
 * @param suggestion        what the checks suggest: CLEAR when all passed, SECONDARY otherwise
 */
public record ClearanceCase(long crossingId, String gate, Direction direction, Instant firstScanAt,
        DocumentCheck document, PersonDeclaration declaration, List<String> declarationIssues,
        List<String> ruleIssues, ScreeningResult screening, Decision suggestion) {

    public ClearanceCase {
        declarationIssues = List.copyOf(declarationIssues);
        ruleIssues = List.copyOf(ruleIssues);
    }
}
