package org.onedoor.border;

/** What crossed: a person, a vehicle without declared goods, or a vehicle with a consignment. */
public enum CrossingKind {
    PERSON, VEHICLE, GOODS
}
