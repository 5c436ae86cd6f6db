package vn.lienket.e2e.console;

import vn.lienket.localplatform.LocalPlatform;
import vn.lienket.e2e.RunningPlatform;

/**
 * What the browser tests know of the running stack: the console's and the identity provider's
 * addresses, the seeded people and their local passwords, the 2024 master plan.
 */
public final class ConsoleStack {

    public static final LocalPlatform PLATFORM = RunningPlatform.PLATFORM;

    /** HCMC's coordinator: the lead authority's pages. */
    public static final String LAN = "lan.nguyen";
    /** Kiên Giang's planner: the member's pages. */
    public static final String MINH = "minh.tran";
    /** Kiên Giang's viewer: reads, changes nothing. */
    public static final String HOA = "hoa.le";
    /** The platform admin. */
    public static final String QUAN = "quan.tri";
    /** HCMC's authority admin (its people). */
    public static final String AN = "an.pham";

    /** The 2024 seed's master plan (350/KH-UBND) and its member Kiên Giang. */
    public static final String PLAN = "350-kh-ubnd-2024";
    public static final String KIEN_GIANG = "kien-giang";

    private ConsoleStack() {
    }

    public static String console() {
        return PLATFORM.console();
    }

    public static String identity() {
        return PLATFORM.identity();
    }

    /** Every seeded person's local password. */
    public static String password(String login) {
        return login + "-local-password";
    }
}
