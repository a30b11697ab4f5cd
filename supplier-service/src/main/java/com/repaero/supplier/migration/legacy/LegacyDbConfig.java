package com.repaero.supplier.migration.legacy;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the old supplier table lives; set only for the migration weeks (environment in production). */
@ConfigMapping(prefix = "repaero.migration.legacy")
public interface LegacyDbConfig {

    /** E.g. {@code jdbc:oracle:thin:@//oldora:1521/GESTION}; unset: the database import is unavailable. */
    Optional<String> jdbcUrl();

    Optional<String> user();

    Optional<String> password();

    /** The table (optionally schema-qualified) holding the suppliers. */
    @WithDefault("FOURNISSEUR")
    String table();
}
