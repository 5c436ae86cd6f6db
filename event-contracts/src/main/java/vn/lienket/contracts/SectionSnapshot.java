package vn.lienket.contracts;

import java.util.List;

/** A numbered section of a plan as published: "2. Liên kết hợp tác phát triển sản phẩm du lịch". */
public record SectionSnapshot(String code, String title, List<ActivitySnapshot> activities) {

    public SectionSnapshot {
        activities = List.copyOf(activities);
    }
}
