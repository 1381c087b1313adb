package org.onedoor.border;

import java.util.List;
import java.util.Optional;

/** Online pre-declarations of vehicles and consignments (single or recurring trips), with the commodity table. */
public interface GoodsDeclarations {

    /** @throws org.onedoor.common.DomainException INVALID with one violation per bad field */
    VehicleDeclaration declareVehicle(VehicleDeclarationRequest request);

    /** @throws org.onedoor.common.DomainException INVALID with one violation per bad field */
    Consignment declareConsignment(ConsignmentRequest request);

    Optional<VehicleDeclaration> findVehicle(String reference);

    Optional<Consignment> findConsignment(String reference);

    /** The commodities that cross at the gates (reference table), by HS code. */
    List<Commodity> commodities();
}
