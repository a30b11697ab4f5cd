package com.repaero.supplier.purchasing.api;

import jakarta.ws.rs.core.EntityTag;

/** ETags are the entity version, as for suppliers. */
public final class EntityTags {

    private EntityTags() {
    }

    public static EntityTag of(int version) {
        return new EntityTag(Integer.toString(version));
    }
}
