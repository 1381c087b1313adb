package org.onedoor.workspace.web;

/**
 * Role rules of the workspace controllers ({@code @PreAuthorize}; method security is switched on by the identity
 * module's security configuration). The URL rules already require a signed-in account for {@code /workspace/**}.
 */
final class WorkspaceSecurity {

    /** Every officer role; citizens with accounts have no business in the workspace. */
    static final String OFFICER = "hasAnyRole('DESK_OFFICER','SPECIALIST','LEADER','SIGNER','CENTRE_MANAGER','ADMIN')";

    private WorkspaceSecurity() {
    }
}
