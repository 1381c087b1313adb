-- Nationalities exempt from a Vietnamese visa on entry, with the days of stay allowed (reference data every installation
-- needs; decision 0506). ASEAN agreements; the unilateral exemptions of Government Resolution 128/NQ-CP (2023, 45
-- days); bilateral agreements with Chile, Panama and Kyrgyzstan. To be maintained by later migrations as the rules move.
create table visa_exemption (
    nationality text primary key check (nationality ~ '^[A-Z]{3}$'),
    days        integer not null check (days between 1 and 365),
    basis       text    not null
);

insert into visa_exemption (nationality, days, basis) values
    ('KHM', 30, 'ASEAN'), ('LAO', 30, 'ASEAN'), ('THA', 30, 'ASEAN'), ('IDN', 30, 'ASEAN'), ('MYS', 30, 'ASEAN'),
    ('SGP', 30, 'ASEAN'), ('PHL', 21, 'ASEAN'), ('BRN', 14, 'ASEAN'), ('MMR', 14, 'ASEAN'),
    ('GBR', 45, 'NQ 128/NQ-CP'), ('FRA', 45, 'NQ 128/NQ-CP'), ('DEU', 45, 'NQ 128/NQ-CP'), ('ITA', 45, 'NQ 128/NQ-CP'),
    ('ESP', 45, 'NQ 128/NQ-CP'), ('DNK', 45, 'NQ 128/NQ-CP'), ('SWE', 45, 'NQ 128/NQ-CP'), ('NOR', 45, 'NQ 128/NQ-CP'),
    ('FIN', 45, 'NQ 128/NQ-CP'), ('JPN', 45, 'NQ 128/NQ-CP'), ('KOR', 45, 'NQ 128/NQ-CP'), ('RUS', 45, 'NQ 128/NQ-CP'),
    ('BLR', 45, 'NQ 128/NQ-CP'),
    ('CHL', 90, 'bilateral'), ('PAN', 90, 'bilateral'), ('KGZ', 30, 'bilateral');
