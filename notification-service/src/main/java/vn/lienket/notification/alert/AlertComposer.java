package vn.lienket.notification.alert;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.lienket.contracts.DerivedPlanRevised;
import vn.lienket.contracts.DerivedPlanRevisionRequired;
import vn.lienket.contracts.IntegrationEvent;
import vn.lienket.contracts.MemberRevisionOverdue;
import vn.lienket.contracts.PendingChange;
import vn.lienket.notification.directory.Channel;
import vn.lienket.notification.directory.Unit;
import vn.lienket.notification.directory.UnitDirectory;
import vn.lienket.sms.SegmentedSms;
import vn.lienket.sms.SmsSegmenter;
import vn.lienket.sms.VietnameseText;

/**
 * Who hears of an event and in which words: a revision required goes to the province's tourism
 * unit by email and SMS; a revision published goes to the lead authority's tourism unit by email;
 * an overdue revision goes to the province's tourism unit by email and SMS and to the lead
 * authority's tourism unit by email.
 */
@Component
public class AlertComposer {

    private static final Logger log = LoggerFactory.getLogger(AlertComposer.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final UnitDirectory directory;
    private final AlertProperties properties;
    private final Template revisionRequiredEmail = Template.load("revision-required.email.txt");
    private final Template revisionRequiredSms = Template.load("revision-required.sms.txt");
    private final Template revisedEmail = Template.load("revised.email.txt");
    private final Template revisedSms = Template.load("revised.sms.txt");
    private final Template overdueEmail = Template.load("overdue.email.txt");
    private final Template overdueSms = Template.load("overdue.sms.txt");

    AlertComposer(UnitDirectory directory, AlertProperties properties) {
        this.directory = directory;
        this.properties = properties;
    }

    public List<Alert> compose(IntegrationEvent event) {
        if (event instanceof DerivedPlanRevisionRequired required) {
            return revisionRequired(required);
        }
        if (event instanceof DerivedPlanRevised revised) {
            return revised(revised);
        }
        if (event instanceof MemberRevisionOverdue overdue) {
            return overdue(overdue).stream().map(Alert::asUrgent).toList();
        }
        return List.of();
    }

    /** Overdue: the member's tourism unit by email and SMS, and the lead authority's coordinator by email. */
    private List<Alert> overdue(MemberRevisionOverdue event) {
        String memberUnit = directory.tourismUnitOf(event.memberId()).map(Unit::name).orElse(event.memberId());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("memberUnit", memberUnit);
        values.put("planNumber", event.planNumber());
        values.put("version", String.valueOf(event.requiredVersion()));
        values.put("dueDate", date(event.revisionDueDate()));
        List<Alert> alerts = new ArrayList<>();
        directory.tourismUnitOf(event.memberId()).ifPresentOrElse(unit -> {
            Map<String, String> forMember = new LinkedHashMap<>(values);
            forMember.put("unitName", unit.name());
            alerts.addAll(toUnit(unit, forMember, overdueEmail, overdueSms, EnumSet.allOf(Channel.class)));
        }, () -> log.warn("No tourism unit for {}: overdue alert of event {} has no recipient", event.memberId(), event.eventId()));
        directory.tourismUnitOf(event.leadAuthority()).ifPresent(lead -> {
            Map<String, String> forLead = new LinkedHashMap<>(values);
            forLead.put("unitName", lead.name());
            alerts.addAll(toUnit(lead, forLead, overdueEmail, overdueSms, EnumSet.of(Channel.EMAIL)));
        });
        return alerts;
    }

    private List<Alert> revisionRequired(DerivedPlanRevisionRequired event) {
        Unit unit = directory.tourismUnitOf(event.provinceId()).orElse(null);
        if (unit == null) {
            log.warn("No tourism unit for {}: revision alert of event {} has no recipient", event.provinceId(), event.eventId());
            return List.of();
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("unitName", unit.name());
        values.put("planNumber", event.masterPlanNumber());
        values.put("planTitle", event.masterPlanTitle());
        values.put("version", String.valueOf(event.masterVersion()));
        values.put("basedOnVersion", String.valueOf(event.basedOnVersion()));
        values.put("dueDate", date(event.revisionDueDate()));
        values.put("changes", ChangeDescriptions.describe(event.pendingChanges()));
        values.put("codes", event.pendingChanges().stream().map(PendingChange::activityCode).collect(Collectors.joining(", ")));
        return toUnit(unit, values, revisionRequiredEmail, revisionRequiredSms, EnumSet.allOf(Channel.class));
    }

    /**
     * The alerts to one unit by the channels it wants among {@code channels}, each with the other
     * channel's rendering as its fallback where the unit can be reached that way.
     */
    private List<Alert> toUnit(Unit unit, Map<String, String> values, Template email, Template sms, Set<Channel> channels) {
        Fallback byEmail = unit.email() == null ? null
                : new Fallback(Channel.EMAIL, unit.email(), email.subject(values), email.body(values));
        Fallback bySms = unit.mobile() == null || sms == null ? null
                : new Fallback(Channel.SMS, unit.mobile(), null, sms(unit, sms.body(values)));
        List<Alert> alerts = new ArrayList<>();
        if (channels.contains(Channel.EMAIL) && unit.wants(Channel.EMAIL) && byEmail != null) {
            alerts.add(new Alert(unit, Channel.EMAIL, byEmail.recipient(), byEmail.subject(), byEmail.text(), false, bySms));
        }
        if (channels.contains(Channel.SMS) && unit.wants(Channel.SMS) && bySms != null) {
            alerts.add(new Alert(unit, Channel.SMS, bySms.recipient(), null, bySms.text(), false, byEmail));
        }
        return alerts;
    }

    private List<Alert> revised(DerivedPlanRevised event) {
        Unit coordinator = directory.tourismUnitOf(event.leadAuthority()).orElse(null);
        if (coordinator == null) {
            log.warn("No coordinator email for {}: revision notice of event {} has no recipient", event.leadAuthority(),
                    event.eventId());
            return List.of();
        }
        String provinceUnit = directory.tourismUnitOf(event.provinceId()).map(Unit::name).orElse(event.provinceId());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("unitName", coordinator.name());
        values.put("provinceUnit", provinceUnit);
        values.put("planNumber", event.masterPlanNumber());
        values.put("basedOnVersion", String.valueOf(event.basedOnVersion()));
        values.put("derivedVersion", String.valueOf(event.derivedVersion()));
        values.put("dueDate", date(event.revisionDueDate()));
        values.put("timeliness", event.onTime() ? "đúng hạn" : "trễ hạn");
        return toUnit(coordinator, values, revisedEmail, revisedSms, EnumSet.of(Channel.EMAIL));
    }

    /** The unit's alphabet, then cut to the segment budget so one alert never becomes a burst of SMS. */
    private String sms(Unit unit, String text) {
        String wanted = unit.smsWithoutDiacritics() ? VietnameseText.withoutDiacritics(text) : text;
        String fitted = wanted;
        while (SmsSegmenter.count(fitted) > properties.smsSegmentBudget() && fitted.length() > 1) {
            fitted = fitted.substring(0, fitted.length() - 2) + "…";
        }
        SegmentedSms sms = SmsSegmenter.segment(fitted);
        return sms.text();
    }

    private static String date(LocalDate date) {
        return date == null ? "(không quy định)" : DATE.format(date);
    }
}
