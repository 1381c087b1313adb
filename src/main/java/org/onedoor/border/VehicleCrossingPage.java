package org.onedoor.border;

import java.util.List;

/** One page of a vehicle and goods register search, newest first. */
public record VehicleCrossingPage(List<VehicleCrossingRecord> rows, int page, int size, long total) {

    public VehicleCrossingPage {
        rows = List.copyOf(rows);
    }

    public int pages() {
        return (int) ((total + size - 1) / size);
    }
}
