package org.onedoor.border;

/** The kind of vehicle declared or seen at the gate (loại phương tiện). */
public enum VehicleType {
    CAR, VAN, BUS, TRUCK, CONTAINER_TRUCK, TRACTOR, MOTORCYCLE
}
