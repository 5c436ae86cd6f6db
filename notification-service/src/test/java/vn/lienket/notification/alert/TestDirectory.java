package vn.lienket.notification.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.lienket.contracts.IntegrationEvent;
import vn.lienket.notification.directory.Channel;
import vn.lienket.notification.directory.Unit;
import vn.lienket.notification.directory.UnitKind;

/**
 * The rules' recipients in memory: Kiên Giang's tourism unit and newspaper, HCMC's tourism unit
 * (the Mekong lead), An Giang's; {@link #merged} makes one authority answer through another.
 */
final class TestDirectory implements Recipients {

    static final Unit KIEN_GIANG = tourismUnit("kien-giang", "Sở Du lịch tỉnh Kiên Giang", "+8490000911");
    static final Unit HCMC = tourismUnit("ho-chi-minh-city", "Sở Du lịch Thành phố Hồ Chí Minh", "+8490000111");
    static final Unit AN_GIANG = tourismUnit("an-giang", "Sở Văn hóa, Thể thao và Du lịch tỉnh An Giang", "+8490000891");
    static final Unit KIEN_GIANG_NEWSPAPER = new Unit("kien-giang.bao-kien-giang", "kien-giang", "Báo Kiên Giang",
            UnitKind.NEWSPAPER, "toasoan@baokiengiang.example", null, List.of(Channel.EMAIL), false, null);

    private final List<Unit> units = new ArrayList<>(List.of(KIEN_GIANG, HCMC, AN_GIANG, KIEN_GIANG_NEWSPAPER));
    private final Map<String, String> successors = new HashMap<>();
    private final Map<String, LocalDate> effective = new HashMap<>();

    static Unit tourismUnit(String authority, String name, String mobile) {
        return new Unit(authority + ".so-du-lich", authority, name, UnitKind.TOURISM_UNIT,
                "so-du-lich@" + authority + ".lienket.example", mobile, List.of(Channel.EMAIL, Channel.SMS), false, null);
    }

    /** The predecessor answers through the successor from the day the succession {@code id} took effect. */
    TestDirectory merged(String predecessor, String successor, String id, LocalDate on) {
        successors.put(predecessor, successor);
        effective.put(id, on);
        return this;
    }

    private String answering(String authorityId) {
        return successors.getOrDefault(authorityId, authorityId);
    }

    @Override
    public Optional<Unit> tourismUnitOf(String authorityId, IntegrationEvent event) {
        return units.stream().filter(u -> u.kind() == UnitKind.TOURISM_UNIT && u.authorityId().equals(answering(authorityId)))
                .findFirst();
    }

    @Override
    public List<Unit> named(String authorityId, List<String> names, IntegrationEvent event) {
        return names.stream().flatMap(name -> units.stream()
                .filter(u -> u.authorityId().equals(answering(authorityId)) && u.name().equals(name)).limit(1)).toList();
    }

    @Override
    public String unitName(String authorityId) {
        return tourismUnitOf(authorityId, null).map(Unit::name).orElse(answering(authorityId));
    }

    @Override
    public String predecessorName(String authorityId) {
        return units.stream().filter(u -> u.authorityId().equals(authorityId) && u.kind() == UnitKind.TOURISM_UNIT)
                .map(Unit::name).findFirst().orElse(authorityId);
    }

    @Override
    public Optional<LocalDate> effectiveOn(String successionId, List<String> predecessors) {
        return Optional.ofNullable(effective.get(successionId));
    }
}
