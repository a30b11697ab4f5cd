package com.repaero.gateway.console;

import java.util.Set;

import com.repaero.platform.security.Roles;

/** The console's screens and the realm roles that open them (the services check the same roles again). */
public enum Screen {

    HOME("/console", Set.of()), SUPPLIERS("/console/suppliers",
            Set.of(Roles.PURCHASING, Roles.ACCOUNTING, Roles.STOREKEEPER, Roles.TEAM_LEAD,
                    Roles.ADMIN)), SUPPLIER_CREATE("/console/suppliers/new", Set.of(Roles.PURCHASING, Roles.ADMIN));

    private final String path;
    private final Set<String> roles;

    Screen(String path, Set<String> roles) {
        this.path = path;
        this.roles = roles;
    }

    public String path() {
        return path;
    }

    /** Every person may see a screen without roles; the others need one of theirs. */
    public boolean allows(Set<String> userRoles) {
        return roles.isEmpty() || userRoles.stream().anyMatch(roles::contains);
    }
}
