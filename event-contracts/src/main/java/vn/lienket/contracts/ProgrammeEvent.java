package vn.lienket.contracts;

/** A change to a programme, on {@link Topics#PROGRAMMES}, keyed by programme id, carrying the programme after it. */
public sealed interface ProgrammeEvent extends IntegrationEvent
        permits ProgrammeCreated, ProgrammeMemberJoined, ProgrammeMemberLeft, ProgrammeArchived, ProgrammeSuccessionApplied {

    ProgrammeSnapshot programme();

    @Override
    default String subject() {
        return programme().programmeId();
    }
}
