package com.repaero.platform.api;

import java.util.List;

/** One page of a list, with what a client needs to page on: page index (0-based), size and total count. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {
}
