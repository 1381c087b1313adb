package org.onedoor.border;

import java.util.List;

/** One page of a crossing register search, newest first. */
public record CrossingPage(List<CrossingRecord> rows, int page, int size, long total) {

    public CrossingPage {
        rows = List.copyOf(rows);
    }

    public int pages() {
        return (int) ((total + size - 1) / size);
    }
}
