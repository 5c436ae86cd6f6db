package vn.lienket.notification.alert;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            values.put("unitName", unit.name());
            if (unit.wants(Channel.EMAIL)) {
                alerts.add(new Alert(unit, Channel.EMAIL, unit.email(), overdueEmail.subject(values), overdueEmail.body(values)));
            }
            if (unit.wants(Channel.SMS)) {
                alerts.add(new Alert(unit, Channel.SMS, unit.mobile(), null, sms(unit, overdueSms.body(values))));
            }
        }, () -> log.warn("No tourism unit for {}: overdue alert of event {} has no recipient", event.memberId(), event.eventId()));
        directory.tourismUnitOf(event.leadAuthority()).filter(u -> u.wants(Channel.EMAIL)).ifPresent(lead -> {
            Map<String, String> forLead = new LinkedHashMap<>(values);
            forLead.put("unitName", lead.name());
            alerts.add(new Alert(lead, Channel.EMAIL, lead.email(), overdueEmail.subject(forLead), overdueEmail.body(forLead)));
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
        List<Alert> alerts = new ArrayList<>();
        if (unit.wants(Channel.EMAIL)) {
            alerts.add(new Alert(unit, Channel.EMAIL, unit.email(), revisionRequiredEmail.subject(values),
                    revisionRequiredEmail.body(values)));
        }
        if (unit.wants(Channel.SMS)) {
            alerts.add(new Alert(unit, Channel.SMS, unit.mobile(), null, sms(unit, revisionRequiredSms.body(values))));
        }
        return alerts;
    }

    private List<Alert> revised(DerivedPlanRevised event) {
        Unit coordinator = directory.tourismUnitOf(event.leadAuthority()).orElse(null);
        if (coordinator == null || !coordinator.wants(Channel.EMAIL)) {
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
        return List.of(new Alert(coordinator, Channel.EMAIL, coordinator.email(), revisedEmail.subject(values),
                revisedEmail.body(values)));
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
