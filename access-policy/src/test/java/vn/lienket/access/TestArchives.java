package vn.lienket.access;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A succession map written out by hand: each archived authority with the one that took it over. */
final class TestArchives implements Archives {

    static final String BASIS = "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh";
    static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

    private final Map<String, Archive> direct = new HashMap<>();

    TestArchives merged(String predecessor, String predecessorName, String successor, String successorName, LocalDate on) {
        direct.put(predecessor, new Archive(predecessor, predecessorName, successor, successor, successorName, on, BASIS,
                successor + "@" + on));
        return this;
    }

    /** Kiên Giang into An Giang, Hậu Giang and Sóc Trăng into Cần Thơ, from 01/07/2025. */
    static TestArchives mekong() {
        return new TestArchives()
                .merged("kien-giang", "Tỉnh Kiên Giang", "an-giang", "Tỉnh An Giang", MERGER)
                .merged("hau-giang", "Tỉnh Hậu Giang", "can-tho", "Thành phố Cần Thơ", MERGER)
                .merged("soc-trang", "Tỉnh Sóc Trăng", "can-tho", "Thành phố Cần Thơ", MERGER);
    }

    @Override
    public Optional<Archive> archived(String authority) {
        Archive first = direct.get(authority);
        if (first == null) {
            return Optional.empty();
        }
        Archive end = first;
        while (direct.containsKey(end.succeededBy())) {
            end = direct.get(end.succeededBy());
        }
        return Optional.of(first.endingAt(end.succeededBy(), end.successorName()));
    }
}
