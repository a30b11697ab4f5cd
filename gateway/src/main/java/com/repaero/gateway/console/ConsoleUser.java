package com.repaero.gateway.console;

import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** The person using the console, as the header and the home page show them. */
public record ConsoleUser(String displayName, String username, List<String> roles) {

    static ConsoleUser of(SecurityIdentity identity) {
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
        return new ConsoleUser(displayName, username, identity.getRoles().stream().sorted().toList());
    }

    public boolean may(Screen screen) {
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
