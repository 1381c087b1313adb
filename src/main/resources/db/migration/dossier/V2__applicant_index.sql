-- Citizens with an account list their own dossiers by their ID number.
create index dossier_applicant_id_number_idx on dossier (applicant_id_number, submitted_at desc);
