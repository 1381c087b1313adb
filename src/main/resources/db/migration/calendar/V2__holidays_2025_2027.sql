-- Public holidays and make-up working days 2025–2027 for the public service (civil servants and public employees).
-- Legal rule: Labour Code 45/2019/QH14 Art. 112 (New Year 1 day; Tết 5 days; Hùng Kings 10/3 lunar 1 day;
-- 30/4 1 day; 1/5 1 day; National Day 2 days: 2/9 and 1/9 or 3/9) and Art. 111(3) (a holiday on a weekly rest
-- day is compensated on the next working day). Every year the Government/Ministry announces the exact Tết days and
-- any swaps (a working day off exchanged for a Saturday worked). Rows marked "(verify)" follow the rule only:
-- administrators must check them against that year's official notice (/admin/calendar).

insert into calendar_year (year, verified, note_vi, note_en) values
(2025, true,
 'Theo thông báo của Bộ LĐTBXH về nghỉ Tết Dương lịch, Tết Âm lịch, 30/4–1/5 năm 2025 đối với cán bộ, công chức, viên chức (Thông báo 6150/TB-LĐTBXH, 11/2024 – kiểm tra số hiệu): Tết nghỉ 25/01–02/02; nghỉ 02/5 hoán đổi làm bù thứ Bảy 26/4; Quốc khánh nghỉ 01–02/9.',
 'From the Ministry of Labour notice on the 2025 New Year, Tết and 30/4–1/5 breaks for the public service (Notice 6150/TB-LĐTBXH, Nov 2024 – check the number): Tết off 25 Jan–2 Feb; 2 May off, swapped with Saturday 26 April worked; National Day off 1–2 Sep.'),
(2026, false,
 'Chỉ theo quy tắc Bộ luật Lao động Điều 111, 112 (cần kiểm tra): Tết Nguyên đán 17/02/2026, giả định nghỉ 16–20/02; Giỗ Tổ 26/4 rơi vào Chủ nhật, nghỉ bù 27/4; Quốc khánh giả định nghỉ 01–02/9. Chưa có thông báo hoán đổi ngày làm việc.',
 'Labour Code Arts. 111–112 rule only (verify): Tết is 17 Feb 2026, assumed off 16–20 Feb; Hùng Kings day 26 April falls on a Sunday, compensated Monday 27 April; National Day assumed 1–2 Sep. No swap announced in this data.'),
(2027, false,
 'Chỉ theo quy tắc Bộ luật Lao động Điều 111, 112 (cần kiểm tra): Tết Nguyên đán 06/02/2027 (thứ Bảy), giả định nghỉ 04–10/02; 01/5 rơi vào thứ Bảy, nghỉ bù 03/5; Quốc khánh giả định nghỉ 02–03/9.',
 'Labour Code Arts. 111–112 rule only (verify): Tết is Saturday 6 Feb 2027, assumed off 4–10 Feb; 1 May falls on a Saturday, compensated Monday 3 May; National Day assumed 2–3 Sep.');

insert into calendar_day (day, kind, name_vi, name_en, source) values
-- 2025 (official notice)
('2025-01-01', 'HOLIDAY', 'Tết Dương lịch', 'New Year''s Day', 'Labour Code Art. 112; 2025 notice'),
('2025-01-27', 'HOLIDAY', 'Nghỉ Tết Nguyên đán Ất Tỵ', 'Lunar New Year (Tết) break', '2025 notice: Tết off 25/01–02/02'),
('2025-01-28', 'HOLIDAY', 'Nghỉ Tết Nguyên đán Ất Tỵ', 'Lunar New Year (Tết) break', '2025 notice: Tết off 25/01–02/02'),
('2025-01-29', 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ (mùng 1)', 'Lunar New Year (Tết), first day', '2025 notice: Tết off 25/01–02/02'),
('2025-01-30', 'HOLIDAY', 'Nghỉ Tết Nguyên đán Ất Tỵ', 'Lunar New Year (Tết) break', '2025 notice: Tết off 25/01–02/02'),
('2025-01-31', 'HOLIDAY', 'Nghỉ Tết Nguyên đán Ất Tỵ', 'Lunar New Year (Tết) break', '2025 notice: Tết off 25/01–02/02'),
('2025-04-07', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hùng Kings Commemoration (10/3 lunar)', 'Labour Code Art. 112'),
('2025-04-26', 'MAKEUP_WORKING_DAY', 'Làm bù cho ngày nghỉ 02/5', 'Make-up working day for 2 May', '2025 notice: 2 May swapped with Saturday 26 April'),
('2025-04-30', 'HOLIDAY', 'Ngày Chiến thắng (30/4)', 'Reunification Day (30 April)', 'Labour Code Art. 112'),
('2025-05-01', 'HOLIDAY', 'Ngày Quốc tế Lao động (1/5)', 'International Labour Day (1 May)', 'Labour Code Art. 112'),
('2025-05-02', 'HOLIDAY', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4)', 'Swapped day off (worked Saturday 26 April)', '2025 notice: 2 May swapped with Saturday 26 April'),
('2025-09-01', 'HOLIDAY', 'Nghỉ Quốc khánh (ngày liền kề)', 'National Day holiday (adjacent day)', 'Labour Code Art. 112; 2025: 1–2 Sep'),
('2025-09-02', 'HOLIDAY', 'Quốc khánh', 'National Day', 'Labour Code Art. 112'),
-- 2026 (Labour Code rule, verify against the official notice)
('2026-01-01', 'HOLIDAY', 'Tết Dương lịch', 'New Year''s Day', 'Labour Code Art. 112 (verify)'),
('2026-02-16', 'HOLIDAY', 'Nghỉ Tết Nguyên đán Bính Ngọ', 'Lunar New Year (Tết) break', 'Labour Code Art. 112, Tết 17/02/2026 (verify)'),
('2026-02-17', 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ (mùng 1)', 'Lunar New Year (Tết), first day', 'Labour Code Art. 112, Tết 17/02/2026 (verify)'),
('2026-02-18', 'HOLIDAY', 'Nghỉ Tết Nguyên đán Bính Ngọ', 'Lunar New Year (Tết) break', 'Labour Code Art. 112, Tết 17/02/2026 (verify)'),
('2026-02-19', 'HOLIDAY', 'Nghỉ Tết Nguyên đán Bính Ngọ', 'Lunar New Year (Tết) break', 'Labour Code Art. 112, Tết 17/02/2026 (verify)'),
('2026-02-20', 'HOLIDAY', 'Nghỉ Tết Nguyên đán Bính Ngọ', 'Lunar New Year (Tết) break', 'Labour Code Art. 112, Tết 17/02/2026 (verify)'),
('2026-04-26', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch, Chủ nhật)', 'Hùng Kings Commemoration (10/3 lunar, Sunday)', 'Labour Code Art. 112 (verify)'),
('2026-04-27', 'HOLIDAY', 'Nghỉ bù Giỗ Tổ Hùng Vương', 'Compensatory day off for Hùng Kings day', 'Labour Code Art. 111(3) (verify)'),
('2026-04-30', 'HOLIDAY', 'Ngày Chiến thắng (30/4)', 'Reunification Day (30 April)', 'Labour Code Art. 112 (verify)'),
('2026-05-01', 'HOLIDAY', 'Ngày Quốc tế Lao động (1/5)', 'International Labour Day (1 May)', 'Labour Code Art. 112 (verify)'),
('2026-09-01', 'HOLIDAY', 'Nghỉ Quốc khánh (ngày liền kề)', 'National Day holiday (adjacent day)', 'Labour Code Art. 112, 1/9 or 3/9 (verify)'),
('2026-09-02', 'HOLIDAY', 'Quốc khánh', 'National Day', 'Labour Code Art. 112 (verify)'),
-- 2027 (Labour Code rule, verify against the official notice)
('2027-01-01', 'HOLIDAY', 'Tết Dương lịch', 'New Year''s Day', 'Labour Code Art. 112 (verify)'),
('2027-02-04', 'HOLIDAY', 'Nghỉ Tết Nguyên đán Đinh Mùi', 'Lunar New Year (Tết) break', 'Labour Code Arts. 111–112, Tết 06/02/2027 (verify)'),
('2027-02-05', 'HOLIDAY', 'Nghỉ Tết Nguyên đán Đinh Mùi', 'Lunar New Year (Tết) break', 'Labour Code Arts. 111–112, Tết 06/02/2027 (verify)'),
('2027-02-06', 'HOLIDAY', 'Tết Nguyên đán Đinh Mùi (mùng 1, thứ Bảy)', 'Lunar New Year (Tết), first day (Saturday)', 'Labour Code Arts. 111–112, Tết 06/02/2027 (verify)'),
('2027-02-08', 'HOLIDAY', 'Nghỉ Tết Nguyên đán Đinh Mùi', 'Lunar New Year (Tết) break', 'Labour Code Arts. 111–112, Tết 06/02/2027 (verify)'),
('2027-02-09', 'HOLIDAY', 'Nghỉ Tết Nguyên đán Đinh Mùi', 'Lunar New Year (Tết) break', 'Labour Code Arts. 111–112, Tết 06/02/2027 (verify)'),
('2027-02-10', 'HOLIDAY', 'Nghỉ bù Tết Nguyên đán Đinh Mùi', 'Compensatory Tết day off', 'Labour Code Art. 111(3) (verify)'),
('2027-04-16', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hùng Kings Commemoration (10/3 lunar)', 'Labour Code Art. 112 (verify)'),
('2027-04-30', 'HOLIDAY', 'Ngày Chiến thắng (30/4)', 'Reunification Day (30 April)', 'Labour Code Art. 112 (verify)'),
('2027-05-01', 'HOLIDAY', 'Ngày Quốc tế Lao động (1/5, thứ Bảy)', 'International Labour Day (1 May, Saturday)', 'Labour Code Art. 112 (verify)'),
('2027-05-03', 'HOLIDAY', 'Nghỉ bù ngày Quốc tế Lao động', 'Compensatory day off for Labour Day', 'Labour Code Art. 111(3) (verify)'),
('2027-09-02', 'HOLIDAY', 'Quốc khánh', 'National Day', 'Labour Code Art. 112 (verify)'),
('2027-09-03', 'HOLIDAY', 'Nghỉ Quốc khánh (ngày liền kề)', 'National Day holiday (adjacent day)', 'Labour Code Art. 112, 1/9 or 3/9 (verify)');
