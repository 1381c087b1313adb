package org.onedoor.identity;

/** Officer roles in the one-stop process. Spring Security authority: {@code ROLE_<name>}. */
public enum Role {
    /** One-stop desk officer ("cán bộ một cửa"): receives dossiers, checks completeness, returns results. */
    DESK_OFFICER,
    /** Handling specialist ("chuyên viên xử lý"): examines, consults, drafts the result. */
    SPECIALIST,
    /** Head of unit ("lãnh đạo"): assigns handlers, approves. */
    LEADER,
    /** Holder of signing authority ("người ký"). */
    SIGNER,
    /** Manager of a public administrative service centre. */
    CENTRE_MANAGER,
    /** System administrator. */
    ADMIN,
    /** A citizen with an account (optional; submission and tracking work without one). */
    CITIZEN,
    /** Border guard at a border gate ("cán bộ biên phòng cửa khẩu"): clears crossings, reads the crossing register. */
    BORDER_GUARD,
    /** Head of a border-guard station ("chỉ huy đồn biên phòng"): also maintains the watch list. */
    BORDER_SUPERVISOR
}
