package org.onedoor.dossier;

import java.util.List;

import org.onedoor.catalog.Channel;

/**
 * A new dossier, from the online form, the counter or any other channel.
 *
 * @param procedureCode       procedure code; the version in force today is used
 * @param applicant           the applicant
 * @param channel             intake channel; {@code ONLINE} is allowed without an officer account, the others need
 *                            a desk officer of the receiving agency
 * @param receivingAgencyCode the centre or agency that receives it (boundary-free: the applicant or desk chooses)
 * @param competentAgencyCode the agency that decides, or null to derive it from the procedure's competent level
 *                            and the receiving agency's province
 * @param components          component codes the applicant declares to provide (files may follow)
 * @param locale              the applicant's language ({@code vi}, {@code en}, {@code id}), null for {@code vi}
 */
public record SubmissionRequest(String procedureCode, Applicant applicant, Channel channel, String receivingAgencyCode,
                                String competentAgencyCode, List<String> components, String locale) {

    public SubmissionRequest {
        components = components == null ? List.of() : List.copyOf(components);
    }
}
