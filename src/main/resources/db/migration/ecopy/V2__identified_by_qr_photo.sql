-- A camera photo of the chip card's QR code, decoded by OneDoor, is a fourth way to identify the citizen.
alter table copy_request drop constraint copy_request_identified_by_check;
alter table copy_request add constraint copy_request_identified_by_check
    check (identified_by in ('QR', 'QR_PHOTO', 'MRZ', 'MANUAL'));
