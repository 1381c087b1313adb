package org.onedoor.border;

/** Why a person crosses, as declared. */
public enum CrossingPurpose {
    WORK, TRADE, VISIT_FAMILY, TOURISM, OFFICIAL, OTHER
}
