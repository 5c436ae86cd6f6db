package vn.lienket.contracts;

import java.util.List;

/** Kafka topics, one per publishing domain; the key is the aggregate id so one aggregate's events stay in order. */
public final class Topics {

    /** Published master-plan versions, keyed by master plan id. Produced by plan-service. */
    public static final String MASTER_PLANS = "lienket.master-plans.v1";

    /** Derived-plan lifecycle events, keyed by province id. Produced by province-service. */
    public static final String PROVINCE_PLANS = "lienket.province-plans.v1";

    /** Programmes and their members, keyed by programme id. Produced by plan-service. */
    public static final String PROGRAMMES = "lienket.programmes.v1";

    /** Compliance escalations (reminders, overdue members), keyed by master plan id. Produced by plan-service. */
    public static final String COMPLIANCE = "lienket.compliance.v1";

    /** Progress-report deadlines a member missed, keyed by master plan id. Produced by plan-service. */
    public static final String PROGRESS_DEADLINES = "lienket.progress-deadlines.v1";

    /**
     * The register's successions (provinces merged), keyed by succession id; kept for ever and
     * compacted, so that any reader can rebuild the whole map from the start. Produced by plan-service.
     */
    public static final String AUTHORITIES = "lienket.authorities.v1";

    public static final List<String> ALL = List.of(MASTER_PLANS, PROVINCE_PLANS, PROGRAMMES, COMPLIANCE, PROGRESS_DEADLINES,
            AUTHORITIES);

    private Topics() {
    }

    /** Where a record that still fails after bounded retries is parked. */
    public static String deadLetter(String topic) {
        return topic + ".dlt";
    }
}
