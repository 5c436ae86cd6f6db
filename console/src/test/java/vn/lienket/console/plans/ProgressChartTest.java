package vn.lienket.console.plans;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressChartTest {

    static final String PROGRESS = "{'activities':[{'code':'2.3','title':'Không gian kết nối','byStatus':{'DONE':3,'IN_PROGRESS':5}},"
            + "{'code':'5.1','title':'Khởi nghiệp','byStatus':{}}]}";

    @Test
    void eachBarIsTheMembersSplitByTheirLastReportWithThoseNotReportedLast() {
        ProgressChart chart = ProgressChart.of(Json.of(PROGRESS), 13);

        ProgressChart.Bar bar = chart.bars().get(0);
        assertThat(bar.segments()).extracting(ProgressChart.Segment::status).containsExactly("DONE", "IN_PROGRESS", "NONE");
        assertThat(bar.count("DONE")).isEqualTo(3);
        assertThat(bar.count("NONE")).isEqualTo(5);
        ProgressChart.Segment last = bar.segments().get(2);
        assertThat(last.x() + last.width()).as("a bar of all members ends at the end of the axis")
                .isCloseTo(ProgressChart.LEFT + chart.scale().width(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(chart.bars().get(1).segments()).singleElement()
                .satisfies(s -> assertThat(s.count()).isEqualTo(13));
        assertThat(chart.bars().get(1).y()).isGreaterThan(bar.y());
    }

    @Test
    void theDescriptionSaysTheTotalsInWords() {
        assertThat(ProgressChart.of(Json.of(PROGRESS), 13).description())
                .startsWith("2 hoạt động, mỗi hoạt động 13 thành viên.")
                .contains("3 hoàn thành", "5 đang thực hiện", "18 chưa báo cáo");
    }

    @Test
    void aNarrowSegmentCarriesNoLabelButItsCountIsStillInTheTable() {
        ProgressChart chart = ProgressChart.of(Json.of("{'activities':[{'code':'1.1','title':'x','byStatus':{'DONE':1}}]}"), 63);

        assertThat(chart.bars().get(0).segments().get(0).labelled()).isFalse();
        assertThat(chart.bars().get(0).count("DONE")).isEqualTo(1);
    }
}
