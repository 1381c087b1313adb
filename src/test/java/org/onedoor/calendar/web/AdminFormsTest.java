package org.onedoor.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onedoor.common.FieldViolation;

/** Field-level validation of the calendar administration forms. */
class AdminFormsTest {

    @ParameterizedTest(name = "day {0} {1} \"{2}\" → {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2027-03-10 | HOLIDAY            | Nghỉ | null
            2027-03-13 | MAKEUP_WORKING_DAY | Làm bù | null
            2027-03-10 | MAKEUP_WORKING_DAY | Làm bù | kind:calendar.error.makeupWeekday
            10/03/2027 | HOLIDAY            | Nghỉ | date:calendar.error.date
            ''         | HOLIDAY            | Nghỉ | date:calendar.error.required
            2027-03-10 | SOMETHING          | Nghỉ | kind:calendar.error.kind
            2027-03-10 | HOLIDAY            | ''   | nameVi:calendar.error.required
            """)
    void validatesADay(String date, String kind, String name, String firstError) {
        DayForm form = new DayForm();
        form.setDate(date == null ? "" : date);
        form.setKind(kind);
        form.setNameVi(name == null ? "" : name);
        form.setNameEn("Day");

        var errors = form.validate().stream().map(v -> v.field() + ":" + v.messageKey()).toList();

        if (firstError == null) {
            assertThat(errors).isEmpty();
        } else {
            assertThat(errors).first().isEqualTo(firstError);
        }
    }

    @ParameterizedTest(name = "hours {0}-{1}, {2}-{3}, cut-off {4} → {5}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            07:30 | 11:30 | 13:00 | 17:00 | 15:00 | null
            07:30 | 11:30 | 13:00 | 17:00 | 18:00 | cutoff:calendar.error.cutoffOutside
            11:30 | 07:30 | 13:00 | 17:00 | 15:00 | morningEnd:calendar.error.hoursOrder
            07:30 | 11:30 | 13:00 | 17:00 | 3pm   | cutoff:calendar.error.time
            """)
    void validatesWorkingHours(String ms, String me, String as, String ae, String cutoff, String firstError) {
        HoursForm form = new HoursForm();
        form.setMorningStart(ms);
        form.setMorningEnd(me);
        form.setAfternoonStart(as);
        form.setAfternoonEnd(ae);
        form.setCutoff(cutoff);

        var errors = form.validate().stream().map((FieldViolation v) -> v.field() + ":" + v.messageKey()).toList();

        if (firstError == null) {
            assertThat(errors).isEmpty();
            assertThat(form.toHours().cutoff().toString()).isEqualTo(cutoff);
        } else {
            assertThat(errors).containsExactly(firstError);
        }
    }
}
