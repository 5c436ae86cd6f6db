package vn.lienket.documents.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan as read from its document.
 * <p>
 * Codes are the plan model's: a section's is its number ("2"); an activity's is its section's and
 * its own joined with a dot ("2.3"); an activity lettered "c)" under section 2 is "2.3" (a = 1), and
 * a section whose own paragraph carries the field lines is one activity, "6.1". Fields a document
 * does not have are null (lists empty); a field never holds its label ("Thời gian thực hiện:").
 * <p>
 * {@code unrecognised}: the blocks of the plan's body that are neither a section, an activity, a
 * field nor its continuation, for a person to review. The narrative parts around the body (purpose,
 * organisation, the closing lines) are not listed.
 */
public record ParsedPlan(Header header, List<Section> sections, List<Unrecognised> unrecognised) {

    public ParsedPlan {
        sections = List.copyOf(sections);
        unrecognised = List.copyOf(unrecognised);
    }

    /**
     * The document's header. {@code number}: "350/KH-UBND", null when left blank ("Số: /KH-UBND");
     * {@code issuer}: "Ủy ban nhân dân tỉnh Kiên Giang" (the body's two lines joined, in sentence
     * case); {@code place}: "Kiên Giang"; {@code issuedOn}: null unless day, month and year are all
     * there; {@code title}: the lines after "KẾ HOẠCH" up to the first "Căn cứ" or heading, joined;
     * {@code legalBases}: each "Căn cứ …" paragraph; {@code citedPlans}: the plan numbers they cite
     * ("350/KH-UBND"); {@code periodFrom}/{@code periodTo}: the period the title or the body names
     * ("năm 2024": 2024-01-01 to 2024-12-31; "giai đoạn 2021–2025"); {@code funding}: the text of the
     * "KINH PHÍ" part; {@code recipients}: the "Nơi nhận:" lines, without their dashes.
     */
    public record Header(Traced<String> number, Traced<String> issuer, Traced<String> place,
                         Traced<LocalDate> issuedOn, Traced<String> title, List<Traced<String>> legalBases,
                         List<Traced<String>> citedPlans, Traced<LocalDate> periodFrom, Traced<LocalDate> periodTo,
                         Traced<String> funding, List<Traced<String>> recipients) {

        public Header {
            legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
            citedPlans = citedPlans == null ? List.of() : List.copyOf(citedPlans);
            recipients = recipients == null ? List.of() : List.copyOf(recipients);
        }
    }

    public record Section(Traced<String> code, Traced<String> title, List<Activity> activities) {

        public Section {
            activities = List.copyOf(activities);
        }
    }

    /**
     * One activity. {@code label} is the number or letter as written ("c)", "2.3.", "3"), for the
     * reviewer; {@code leadUnit} comes from "Đơn vị chủ trì", "Cơ quan chủ trì", "Đơn vị thực hiện"
     * and their variants; {@code coordinatingUnits} from "Đơn vị phối hợp", split on ";" (and on ","
     * where no unit name has a comma); {@code notes} from "Nội dung", "Ghi chú" and lines not
     * otherwise understood inside the activity.
     */
    public record Activity(Traced<String> code, String label, Traced<String> title, Traced<String> theme,
                           Traced<String> timeframe, Traced<String> location, Traced<String> leadUnit,
                           List<Traced<String>> coordinatingUnits, Traced<String> notes) {

        public Activity {
            coordinatingUnits = coordinatingUnits == null ? List.of() : List.copyOf(coordinatingUnits);
        }
    }

    /** A block of the body that was not understood, with its text. */
    public record Unrecognised(String source, String text) {
    }
}
