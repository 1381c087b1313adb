package org.onedoor.border.screening;

import java.util.Arrays;

/** A growable list of ints without boxing: the posting lists of the name index. */
final class IntList {

    private int[] values = new int[4];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    int get(int i) {
        return values[i];
    }

    /** The backing array: valid up to {@link #size()}. */
    int[] raw() {
        return values;
    }
}
