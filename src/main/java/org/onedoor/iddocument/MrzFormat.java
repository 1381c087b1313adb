package org.onedoor.iddocument;

/**
 * The five machine-readable zone layouts of ICAO Doc 9303. TD3 and MRV-A share the 2×44 shape, TD2 and MRV-B the
 * 2×36 shape: a visa is told apart by its document code starting with {@code V} (Doc 9303 Part 7).
 */
public enum MrzFormat {
    /** ID-1 size cards (Part 5), e.g. the Vietnamese citizen ID card: 3 lines of 30. */
    TD1(3, 30, true),
    /** ID-2 size cards (Part 6): 2 lines of 36. */
    TD2(2, 36, true),
    /** Passports (Part 4): 2 lines of 44. */
    TD3(2, 44, true),
    /** Full-size visas (Part 7): 2 lines of 44, no composite check digit. */
    MRV_A(2, 44, false),
    /** Smaller visas (Part 7): 2 lines of 36, no composite check digit. */
    MRV_B(2, 36, false);

    private final int lines;
    private final int lineLength;
    private final boolean composite;

    MrzFormat(int lines, int lineLength, boolean composite) {
        this.lines = lines;
        this.lineLength = lineLength;
        this.composite = composite;
    }

    public int lines() {
        return lines;
    }

    public int lineLength() {
        return lineLength;
    }

    /** Whether the zone carries a composite check digit (all but visas). */
    public boolean hasCompositeCheckDigit() {
        return composite;
    }

    /** Whether the format is a visa (MRV-A, MRV-B). */
    public boolean visa() {
        return this == MRV_A || this == MRV_B;
    }

    /** Width of the name field: line 3 of TD1, line 1 after code and state for the others. */
    public int nameWidth() {
        return this == TD1 ? 30 : lineLength - 5;
    }
}
