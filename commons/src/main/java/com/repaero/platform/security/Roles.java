package com.repaero.platform.security;

/** The realm roles of the {@code repaero} Keycloak realm, as used in {@code @RolesAllowed}. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String PURCHASING = "purchasing";
    public static final String SALES = "sales";
    public static final String ACCOUNTING = "accounting";
    public static final String TEAM_LEAD = "team-lead";
    public static final String TECHNICIAN = "technician";
    public static final String STOREKEEPER = "storekeeper";

    private Roles() {
    }
}
