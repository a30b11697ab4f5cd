package com.repaero.customer.crm.api;

import java.util.Arrays;
import java.util.Locale;

import com.repaero.platform.problem.ProblemException.InvalidInput;

/** A validated {@code sort=field[,asc|desc]} query parameter; a null field means the list's default order. */
record SortParam<E extends Enum<E>>(E field, boolean descending) {

    static <E extends Enum<E>> SortParam<E> parse(String sort, Class<E> fields) {
        if (sort == null || sort.isBlank()) {
            return new SortParam<>(null, false);
        }
        String[] parts = sort.strip().split(",", -1);
        try {
            E field = Enum.valueOf(fields, parts[0].strip());
            if (parts.length == 1) {
                return new SortParam<>(field, false);
            }
            String direction = parts[1].strip().toLowerCase(Locale.ROOT);
            if (parts.length == 2 && (direction.equals("asc") || direction.equals("desc"))) {
                return new SortParam<>(field, direction.equals("desc"));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InvalidInput("sort", "must be field[,asc|desc] with field one of "
                + Arrays.toString(fields.getEnumConstants()));
    }
}
