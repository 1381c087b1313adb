-- Border-guard roles for the smart border gate (issue 5; border module). Versioned 2.1 so that another
-- module's identity V2 merged meanwhile does not collide.
alter table account_role drop constraint account_role_role_check;
alter table account_role add constraint account_role_role_check check (role in ('DESK_OFFICER', 'SPECIALIST',
    'LEADER', 'SIGNER', 'CENTRE_MANAGER', 'ADMIN', 'CITIZEN', 'BORDER_GUARD', 'BORDER_SUPERVISOR'));
