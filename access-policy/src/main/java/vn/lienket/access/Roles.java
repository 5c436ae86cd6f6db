package vn.lienket.access;

/** Roles carried in a token's {@code roles} claim. */
public final class Roles {

    /** The lead authority's planners: edit and publish master plans, see compliance and deliveries. */
    public static final String COORDINATOR = "coordinator";
    /** A member province's staff who keep its derived plans. */
    public static final String PLANNER = "planner";
    /** Read-only staff of a tenant. */
    public static final String VIEWER = "viewer";
    /** An authority's administrator: creates its people and sets their roles, for its own tenant only. */
    public static final String AUTHORITY_ADMIN = "authority-admin";
    /** Those who run the platform: they read every authority's denied requests, and no plan data. */
    public static final String PLATFORM_ADMIN = "platform-admin";

    private Roles() {
    }
}
