package com.repaero.gateway.console;

import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The person using the console, as the header and the home page show them, with the services live in this phase: a
 * screen shows only when its service is live and the person's roles open it.
 */
public record ConsoleUser(String displayName, String username, List<String> roles, Set<String> liveServices) {

    static ConsoleUser of(SecurityIdentity identity, Set<String> liveServices) {
        String username = identity.getPrincipal().getName();
        String displayName = username;
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object preferred = token.getClaim("preferred_username");
            if (preferred != null) {
                username = preferred.toString();
            }
            Object name = token.getClaim("name");
            displayName = name != null ? name.toString() : username;
        }
        return new ConsoleUser(displayName, username, identity.getRoles().stream().sorted().toList(), liveServices);
    }

    public boolean may(Screen screen) {
        return isLive(screen) && mayByRole(screen);
    }

    /** Whether the screen's service is rolled out in this phase (the home page always is). */
    public boolean isLive(Screen screen) {
        return screen.service().map(liveServices::contains).orElse(true);
    }

    boolean mayByRole(Screen screen) {
        return screen.allows(Set.copyOf(roles));
    }

    /** For templates: {@code user.can('ORDERS')}. */
    public boolean can(String screen) {
        return may(Screen.valueOf(screen));
    }

    public boolean isAdmin() {
        return roles.contains(com.repaero.platform.security.Roles.ADMIN);
    }

    public boolean maySuppliers() {
        return may(Screen.SUPPLIERS);
    }

    public boolean mayCreateSuppliers() {
        return may(Screen.SUPPLIER_CREATE);
    }
}
