package vn.lienket.notification.alert;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.lienket.contracts.DerivedPlanRevised;
import vn.lienket.contracts.DerivedPlanCreated;
import vn.lienket.contracts.DerivedPlanRevisionRequired;
import vn.lienket.contracts.DerivedPlanTakenOver;
import vn.lienket.contracts.IntegrationEvent;
import vn.lienket.contracts.MemberProgressMissing;
import vn.lienket.contracts.MemberRevisionOverdue;
import vn.lienket.contracts.MemberRevisionReminder;
import vn.lienket.contracts.PendingChange;
import vn.lienket.notification.directory.Channel;
import vn.lienket.notification.directory.Successions;
import vn.lienket.notification.directory.Unit;
import vn.lienket.notification.directory.UnitDirectory;
import vn.lienket.sms.SmsSegmenter;
import vn.lienket.text.VietnameseText;

/**
 * Who hears of an event and in which words (the README's routing table):
 * <ul>
 * <li>revision required: the province's tourism unit (its plans' lead unit) and the units the
 * province named on the affected activities, by email and SMS;</li>
 * <li>reminder before the due date, report missing after the reporting deadline: the member's
 * tourism unit, by email and SMS;</li>
 * <li>overdue, urgent: the member's tourism unit by email and SMS, and the lead authority's
 * coordinating unit by email;</li>
 * <li>revised: the lead authority's coordinating unit, by email;</li>
 * <li>taken over (a successor took its predecessors' plan): the successor's tourism unit, by email
 * and SMS, once, with what is still to do.</li>
 * </ul>
 * An event that names a merged authority goes to its successor's units, never to the moved ones.
 * A unit hears by the channels it chose, each with the other as its fallback.
 */
@Component
public class AlertComposer {

    private static final Logger log = LoggerFactory.getLogger(AlertComposer.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Set<Channel> BOTH = EnumSet.allOf(Channel.class);
    private static final Set<Channel> EMAIL = EnumSet.of(Channel.EMAIL);

    private final UnitDirectory directory;
    private final Successions successions;
    private final AlertProperties properties;
    private final Map<String, Template> templates = new LinkedHashMap<>();

    AlertComposer(UnitDirectory directory, Successions successions, AlertProperties properties) {
        this.directory = directory;
        this.successions = successions;
        this.properties = properties;
        Template.NAMES.forEach(name -> templates.put(name, Template.load(name)));
    }

    public List<Alert> compose(IntegrationEvent event) {
        if (event instanceof DerivedPlanCreated created) {
            // a plan handed to a member with a date to act by; a seeded plan, published without one, asks nothing
            if (created.revisionDueDate() == null) {
                return List.of();
            }
            return memberUnit(created.provinceId(), event)
                    .map(u -> toUnit(u, Template.nameFor(event), values(event), BOTH, false)).orElse(List.of());
        }
        if (event instanceof DerivedPlanRevisionRequired required) {
            List<Unit> recipients = new ArrayList<>();
            memberUnit(required.provinceId(), event).ifPresent(recipients::add);
            // a merged province's units are its successor's now, by the same names
            String answering = successions.answeringFor(required.provinceId());
            directory.named(answering, required.affectedUnits()).forEach((name, named) -> {
                if (named.isEmpty()) {
                    log.warn("{} names unit '{}' on an affected activity, but its directory has no such unit: event {} "
                            + "does not reach it", required.provinceId(), name, event.eventId());
                }
                named.filter(u -> recipients.stream().noneMatch(r -> r.id().equals(u.id()))).ifPresent(recipients::add);
            });
            return recipients.stream().flatMap(u -> toUnit(u, Template.nameFor(event), values(event), BOTH, false).stream())
                    .toList();
        }
        if (event instanceof MemberRevisionReminder reminder) {
            return toMember(reminder.memberId(), event, false);
        }
        if (event instanceof MemberProgressMissing missing) {
            return toMember(missing.memberId(), event, false);
        }
        if (event instanceof MemberRevisionOverdue overdue) {
            List<Alert> alerts = new ArrayList<>(toMember(overdue.memberId(), event, true));
            memberUnit(overdue.leadAuthority(), event)
                    .ifPresent(lead -> alerts.addAll(toUnit(lead, Template.nameFor(event), values(event), EMAIL, true)));
            return alerts;
        }
        if (event instanceof DerivedPlanTakenOver takenOver) {
            return memberUnit(takenOver.provinceId(), event)
                    .map(u -> toUnit(u, Template.nameFor(event), values(event), BOTH, false)).orElse(List.of());
        }
        if (event instanceof DerivedPlanRevised revised) {
            return memberUnit(revised.leadAuthority(), event)
                    .map(lead -> toUnit(lead, Template.nameFor(event), values(event), EMAIL, false)).orElse(List.of());
        }
        return List.of();
    }

    /** A template rendered for a sample event, as its recipient would get it; empty for an unknown name. */
    public Optional<Preview> preview(String name) {
        Template template = templates.get(name);
        if (template == null) {
            return Optional.empty();
        }
        String province = SampleEvents.recipientOf(name);
        Unit unit = directory.tourismUnitOf(province).orElse(SampleEvents.unit(province));
        Rendered rendered = sample(name, unit);
        Rendered plain = sample(name, unit.withSmsWithoutDiacritics());
        return Optional.of(Preview.of(name, rendered, plain.sms(), properties.smsSegmentBudget()));
    }

    private Rendered sample(String name, Unit unit) {
        if (name.equals("digest")) {
            return digest(unit, SampleEvents.all().stream().limit(2).map(e -> render(unit, e)).toList());
        }
        return render(unit, SampleEvents.of(name));
    }

    /**
     * Several alerts for one unit and channel as one message: for email the subjects and texts in
     * turn, for SMS their texts joined, in the unit's alphabet and within the segment budget.
     */
    public Rendered digest(Unit unit, List<Rendered> items) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("unitName", unit.name());
        values.put("count", String.valueOf(items.size()));
        values.put("items", items.stream().map(i -> "■ " + Objects.toString(i.subject(), "") + "\n\n" + bodyOf(i.text()))
                .collect(Collectors.joining("\n\n")));
        values.put("itemsHtml", items.stream().map(i -> "<h3>" + Template.escape(Objects.toString(i.subject(), ""))
                + "</h3>\n<p>" + Template.escape(bodyOf(i.text())).replace("\n", "<br>\n") + "</p>")
                .collect(Collectors.joining("\n")));
        Rendered email = templates.get("digest").render(values);
        Map<String, String> smsValues = new LinkedHashMap<>(values);
        smsValues.put("items", items.stream().map(Rendered::sms).collect(Collectors.joining(" | ")));
        String sms = templates.get("digest").render(smsValues).sms();
        return new Rendered(email.subject(), email.text(), email.html(), sms(unit, sms));
    }

    private Rendered render(Unit unit, IntegrationEvent event) {
        Map<String, String> values = values(event);
        values.put("unitName", unit.name());
        String name = Template.nameFor(event);
        Rendered rendered = templates.get(name).render(values);
        return new Rendered(rendered.subject(), rendered.text(), rendered.html(),
                rendered.sms() == null ? null : sms(unit, rendered.sms()));
    }

    /** An email's text without its salutation and signature, as a digest quotes it. */
    private static String bodyOf(String text) {
        String body = text.replaceFirst("(?s)^Kính gửi[^\n]*\n+", "");
        int signature = body.lastIndexOf("\n\nTrân trọng,");
        return (signature < 0 ? body : body.substring(0, signature)).strip();
    }

    private List<Alert> toMember(String memberId, IntegrationEvent event, boolean urgent) {
        return memberUnit(memberId, event).map(u -> toUnit(u, Template.nameFor(event), values(event), BOTH, urgent))
                .orElse(List.of());
    }

    /**
     * The authority's tourism unit; for an authority merged into another, its successor's (an event
     * that names a predecessor, late, never reaches the predecessor's moved units).
     */
    private Optional<Unit> memberUnit(String authorityId, IntegrationEvent event) {
        String answering = successions.answeringFor(authorityId);
        if (!answering.equals(authorityId)) {
            log.info("{} {} names {}, succeeded by {}: it goes to {}'s units", event.type(), event.eventId(), authorityId,
                    answering, answering);
        }
        Optional<Unit> unit = directory.tourismUnitOf(answering).filter(u -> !u.moved());
        if (unit.isEmpty()) {
            log.warn("No tourism unit for {} in the directory: {} {} has no recipient there", answering, event.type(),
                    event.eventId());
        }
        return unit;
    }

    /** The words of an event, the same for every recipient but for {@code unitName}. */
    Map<String, String> values(IntegrationEvent event) {
        Map<String, String> values = new LinkedHashMap<>();
        if (event instanceof DerivedPlanCreated e) {
            values.put("planNumber", e.masterPlanNumber());
            values.put("planTitle", e.masterPlanTitle() == null ? "" : e.masterPlanTitle());
            values.put("version", String.valueOf(e.basedOnVersion()));
            values.put("dueDate", date(e.revisionDueDate()));
        } else if (event instanceof DerivedPlanRevisionRequired e) {
            values.put("planNumber", e.masterPlanNumber());
            values.put("planTitle", e.masterPlanTitle());
            values.put("version", String.valueOf(e.masterVersion()));
            values.put("basedOnVersion", String.valueOf(e.basedOnVersion()));
            values.put("dueDate", date(e.revisionDueDate()));
            values.put("changes", ChangeDescriptions.describe(e.pendingChanges()));
            values.put("codes", e.pendingChanges().stream().map(PendingChange::activityCode).collect(Collectors.joining(", ")));
        } else if (event instanceof MemberRevisionReminder e) {
            values.put("planNumber", e.planNumber());
            values.put("version", String.valueOf(e.requiredVersion()));
            values.put("dueDate", date(e.revisionDueDate()));
            values.put("daysLeft", String.valueOf(e.daysLeft()));
        } else if (event instanceof MemberProgressMissing e) {
            values.put("memberUnit", unitName(e.memberId()));
            values.put("planNumber", e.planNumber());
            values.put("reportingDeadline", date(e.reportingDeadline()));
        } else if (event instanceof MemberRevisionOverdue e) {
            values.put("memberUnit", unitName(e.memberId()));
            values.put("planNumber", e.planNumber());
            values.put("version", String.valueOf(e.requiredVersion()));
            values.put("dueDate", date(e.revisionDueDate()));
        } else if (event instanceof DerivedPlanTakenOver e) {
            values.putAll(takenOver(e, e.predecessors().stream().map(this::authorityName).toList(), effectiveOn(e)));
        } else if (event instanceof DerivedPlanRevised e) {
            values.put("provinceUnit", unitName(e.provinceId()));
            values.put("planNumber", e.masterPlanNumber());
            values.put("basedOnVersion", String.valueOf(e.basedOnVersion()));
            values.put("derivedVersion", String.valueOf(e.derivedVersion()));
            values.put("dueDate", date(e.revisionDueDate()));
            values.put("timeliness", e.onTime() ? "đúng hạn" : "trễ hạn");
        }
        return values;
    }

    private String unitName(String authorityId) {
        String answering = successions.answeringFor(authorityId);
        return directory.tourismUnitOf(answering).map(Unit::name).orElse(answering);
    }

    /** The words of a take-over, given its predecessors' names and the day the succession took effect. */
    static Map<String, String> takenOver(DerivedPlanTakenOver e, List<String> predecessorNames, LocalDate effectiveOn) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("planNumber", e.masterPlanNumber());
        values.put("planTitle", e.masterPlanTitle() == null ? "" : e.masterPlanTitle());
        values.put("predecessors", inWords(predecessorNames));
        values.put("effectiveOn", date(effectiveOn));
        values.put("todo", toDo(e).stream().map(line -> "- " + line).collect(Collectors.joining("\n")));
        values.put("todoSms", toDoShort(e));
        return values;
    }

    /** What a successor still has to do on a plan it took over, a sentence each; one saying so when nothing is left. */
    static List<String> toDo(DerivedPlanTakenOver e) {
        List<String> lines = new ArrayList<>();
        if (DerivedPlanTakenOver.REVISION_REQUIRED.equals(e.status()) || e.pendingChanges() > 0) {
            lines.add("Điều chỉnh kế hoạch triển khai theo phiên bản " + e.latestMasterVersion() + " của kế hoạch trước ngày "
                    + date(e.revisionDueDate()) + ": còn " + e.pendingChanges() + " thay đổi chưa xử lý.");
        }
        if (DerivedPlanTakenOver.CONSOLIDATING.equals(e.status()) || e.activitiesToConsolidate() > 0) {
            lines.add("Hợp nhất " + e.activitiesToConsolidate() + " hoạt động của các kế hoạch được tiếp nhận (giữ nội dung "
                    + "của một đơn vị hoặc ghi nội dung mới), rồi mới công bố được phiên bản mới.");
        }
        if (lines.isEmpty()) {
            lines.add("Không còn việc tồn đọng: kế hoạch triển khai đã cập nhật theo phiên bản " + e.basedOnVersion()
                    + " của kế hoạch.");
        }
        return lines;
    }

    /** The same, as few words as an SMS allows. */
    static String toDoShort(DerivedPlanTakenOver e) {
        List<String> parts = new ArrayList<>();
        if (DerivedPlanTakenOver.REVISION_REQUIRED.equals(e.status()) || e.pendingChanges() > 0) {
            parts.add("điều chỉnh trước " + date(e.revisionDueDate()) + ", còn " + e.pendingChanges() + " thay đổi");
        }
        if (DerivedPlanTakenOver.CONSOLIDATING.equals(e.status()) || e.activitiesToConsolidate() > 0) {
            parts.add("hợp nhất " + e.activitiesToConsolidate() + " HĐ");
        }
        return parts.isEmpty() ? "không còn việc tồn đọng" : String.join("; ", parts);
    }

    /**
     * A predecessor by name, as its succession gave it; if no succession this service has read
     * names it (yet), its tourism unit's name (whose plan it was), else its id.
     */
    private String authorityName(String id) {
        return successions.predecessor(id).map(a -> a.name()).filter(n -> n != null && !n.isBlank())
                .or(() -> directory.tourismUnitOf(id).map(Unit::name)).orElse(id);
    }

    /** Names in a sentence: "Tỉnh Hậu Giang và Tỉnh Sóc Trăng", "A, B và C". */
    static String inWords(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " và " + names.get(names.size() - 1);
    }

    /** The day the succession took effect: as recorded, or as its id says ({@code an-giang@2025-07-01}). */
    private LocalDate effectiveOn(DerivedPlanTakenOver e) {
        return e.predecessors().stream().flatMap(p -> successions.of(p).stream())
                .filter(s -> s.successionId().equals(e.successionId())).map(s -> s.effectiveOn()).findFirst()
                .orElseGet(() -> {
                    int at = e.successionId() == null ? -1 : e.successionId().lastIndexOf('@');
                    try {
                        return at < 0 ? null : LocalDate.parse(e.successionId().substring(at + 1));
                    } catch (java.time.format.DateTimeParseException unreadable) {
                        return null;
                    }
                });
    }

    /**
     * The alerts to one unit by the channels it wants among {@code channels}, each with the other
     * channel's rendering as its fallback where the unit can be reached that way.
     */
    private List<Alert> toUnit(Unit unit, String template, Map<String, String> values, Set<Channel> channels,
                               boolean urgent) {
        Map<String, String> forUnit = new LinkedHashMap<>(values);
        forUnit.put("unitName", unit.name());
        Rendered rendered = templates.get(template).render(forUnit);
        Fallback byEmail = unit.email() == null ? null
                : new Fallback(Channel.EMAIL, unit.email(), rendered.subject(), rendered.text(), rendered.html());
        Fallback bySms = unit.mobile() == null || rendered.sms() == null ? null
                : new Fallback(Channel.SMS, unit.mobile(), null, sms(unit, rendered.sms()), null);
        List<Alert> alerts = new ArrayList<>();
        if (channels.contains(Channel.EMAIL) && unit.wants(Channel.EMAIL) && byEmail != null) {
            alerts.add(new Alert(unit, Channel.EMAIL, byEmail.recipient(), byEmail.subject(), byEmail.text(),
                    byEmail.html(), urgent, bySms));
        }
        if (channels.contains(Channel.SMS) && unit.wants(Channel.SMS) && bySms != null) {
            alerts.add(new Alert(unit, Channel.SMS, bySms.recipient(), null, bySms.text(), null, urgent, byEmail));
        }
        return alerts;
    }

    /** The unit's alphabet, then cut to the segment budget so one alert never becomes a burst of SMS. */
    private String sms(Unit unit, String text) {
        return SmsSegmenter.fit(unit.smsWithoutDiacritics() ? VietnameseText.withoutDiacritics(text) : text,
                properties.smsSegmentBudget());
    }

    private static String date(LocalDate date) {
        return date == null ? "(không quy định)" : DATE.format(date);
    }
}
