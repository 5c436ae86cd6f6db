package vn.lienket.contracts;

import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapping of event payloads, shared by every producer and consumer. */
public final class EventJson {

    private static final Map<String, Class<? extends IntegrationEvent>> TYPES = Map.ofEntries(
            Map.entry(MasterPlanVersionPublished.TYPE, MasterPlanVersionPublished.class),
            Map.entry(DerivedPlanCreated.TYPE, DerivedPlanCreated.class),
            Map.entry(DerivedPlanRevisionRequired.TYPE, DerivedPlanRevisionRequired.class),
            Map.entry(DerivedPlanRevised.TYPE, DerivedPlanRevised.class),
            Map.entry(MemberRevisionOverdue.TYPE, MemberRevisionOverdue.class),
            Map.entry(MemberRevisionReminder.TYPE, MemberRevisionReminder.class),
            Map.entry(MemberProgressMissing.TYPE, MemberProgressMissing.class),
            Map.entry(ActivityProgressReported.TYPE, ActivityProgressReported.class),
            Map.entry(MasterPlanClosed.TYPE, MasterPlanClosed.class),
            Map.entry(ProgrammeCreated.TYPE, ProgrammeCreated.class),
            Map.entry(ProgrammeMemberJoined.TYPE, ProgrammeMemberJoined.class),
            Map.entry(ProgrammeMemberLeft.TYPE, ProgrammeMemberLeft.class),
            Map.entry(ProgrammeArchived.TYPE, ProgrammeArchived.class),
            Map.entry(ProgrammeSuccessionApplied.TYPE, ProgrammeSuccessionApplied.class),
            Map.entry(AuthoritySucceeded.TYPE, AuthoritySucceeded.class),
            Map.entry(DerivedPlanTakenOver.TYPE, DerivedPlanTakenOver.class));

    // Consumers tolerate fields added later; a field removed or renamed is a new event version.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventJson() {
    }

    public static String write(IntegrationEvent event) {
        return MAPPER.writeValueAsString(event);
    }

    /** The event class for a wire type, or empty for a type this version does not know. */
    public static Optional<Class<? extends IntegrationEvent>> classOf(String type) {
        return Optional.ofNullable(type).map(TYPES::get);
    }

    /** Reads a payload of a known type; throws {@link tools.jackson.core.JacksonException} when it is malformed. */
    public static <E extends IntegrationEvent> E read(String payload, Class<E> type) {
        return MAPPER.readValue(payload, type);
    }
}
