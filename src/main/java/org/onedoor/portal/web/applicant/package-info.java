/**
 * The applicant part of the submission forms, shared by the citizen's online form (portal) and the desk
 * officer's counter intake (workspace): binding, quick field checks and the upload pre-check. The dossier module
 * still validates authoritatively.
 */
@org.springframework.modulith.NamedInterface("applicant-form")
package org.onedoor.portal.web.applicant;
