package org.onedoor.border.goods;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onedoor.border.Direction;
import org.onedoor.border.GoodsDeclarations;
import org.onedoor.border.Occupant;
import org.onedoor.border.TravelDocumentType;
import org.onedoor.border.TripValidity;
import org.onedoor.border.VehicleDeclaration;
import org.onedoor.border.VehicleDeclarationRequest;
import org.onedoor.border.VehicleType;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The public vehicle pre-declaration page (three languages): plate, type, driver, passengers, date and direction;
 * field errors next to their fields; the reference and its QR code on success.
 */
@Controller
class VehiclePageController {

    /** Rows of passengers the empty form offers (more appear as the form comes back). */
    static final int PASSENGER_ROWS = 4;

    private final GoodsDeclarations declarations;
    private final MessageSource messages;

    VehiclePageController(GoodsDeclarations declarations, MessageSource messages) {
        this.declarations = declarations;
        this.messages = messages;
    }

    /** A driver or passenger as typed. */
    public static class OccupantForm {
        private String fullName;
        private TravelDocumentType documentType;
        private String documentNumber;
        private String nationality;

        public String getFullName() { return fullName; }
        public void setFullName(String fullName) { this.fullName = fullName; }
        public TravelDocumentType getDocumentType() { return documentType; }
        public void setDocumentType(TravelDocumentType documentType) { this.documentType = documentType; }
        public String getDocumentNumber() { return documentNumber; }
        public void setDocumentNumber(String documentNumber) { this.documentNumber = documentNumber; }
        public String getNationality() { return nationality; }
        public void setNationality(String nationality) { this.nationality = nationality; }

        boolean blank() {
            return isBlank(fullName) && isBlank(documentNumber) && isBlank(nationality);
        }

        Occupant toOccupant() {
            return blank() ? null : new Occupant(fullName, documentType, documentNumber, nationality);
        }
    }

    /** The form as typed (a JavaBean so that the list of passengers binds by index). */
    public static class VehicleForm {
        private Direction direction = Direction.EXIT;
        private String plate;
        private String plateCountry;
        private VehicleType vehicleType;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate plannedDate;
        private String businessCode;
        private OccupantForm driver = new OccupantForm();
        private List<OccupantForm> passengers = new ArrayList<>();

        public Direction getDirection() { return direction; }
        public void setDirection(Direction direction) { this.direction = direction; }
        public String getPlate() { return plate; }
        public void setPlate(String plate) { this.plate = plate; }
        public String getPlateCountry() { return plateCountry; }
        public void setPlateCountry(String plateCountry) { this.plateCountry = plateCountry; }
        public VehicleType getVehicleType() { return vehicleType; }
        public void setVehicleType(VehicleType vehicleType) { this.vehicleType = vehicleType; }
        public LocalDate getPlannedDate() { return plannedDate; }
        public void setPlannedDate(LocalDate plannedDate) { this.plannedDate = plannedDate; }
        public String getBusinessCode() { return businessCode; }
        public void setBusinessCode(String businessCode) { this.businessCode = businessCode; }
        public OccupantForm getDriver() { return driver; }
        public void setDriver(OccupantForm driver) { this.driver = driver; }
        public List<OccupantForm> getPassengers() { return passengers; }
        public void setPassengers(List<OccupantForm> passengers) { this.passengers = passengers; }
    }

    @GetMapping("/border/declare/vehicle")
    String form(Model model) {
        model.addAttribute("errors", Map.of());
        return options(model, new VehicleForm());
    }

    @PostMapping("/border/declare/vehicle")
    String declare(@ModelAttribute("form") VehicleForm form, BindingResult binding, Model model) {
        var locale = LocaleContextHolder.getLocale();
        Map<String, String> errors = new LinkedHashMap<>();
        // a value the browser could not send as typed (a date or a choice tampered with): reported like the rest
        binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(),
                messages.getMessage("border.public.error.format", null, "Invalid value", locale)));
        // passengers: the rows left empty are not passengers
        List<Occupant> passengers = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        for (int i = 0; i < form.getPassengers().size(); i++) {
            OccupantForm p = form.getPassengers().get(i);
            if (p != null && !p.blank()) {
                passengers.add(p.toOccupant());
                rowOf.add(i);
            }
        }
        if (errors.isEmpty()) {
            try {
                VehicleDeclaration v = declarations.declareVehicle(new VehicleDeclarationRequest(
                        ConsignmentPageController.LE_THANH, blankToNull(form.getPlateCountry()), form.getPlate(),
                        form.getVehicleType(), form.getDriver() == null ? null : form.getDriver().toOccupant(),
                        passengers, form.getDirection(), TripValidity.single(form.getPlannedDate()),
                        blankToNull(form.getBusinessCode()), locale.getLanguage()));
                model.addAttribute("vehicle", v);
                return "border/vehicle-declared";
            } catch (DomainException e) {
                for (FieldViolation v : e.violations()) {
                    errors.putIfAbsent(formField(v.field(), rowOf), messages.getMessage(v.messageKey(), v.args(),
                            v.messageKey(), locale));
                }
                if (errors.isEmpty()) {
                    errors.put("form", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
                }
            }
        }
        model.addAttribute("errors", errors);
        return options(model, form);
    }

    /** The service's field name ({@code passengers[1].documentNumber}, counting only filled rows) as on the form. */
    static String formField(String field, List<Integer> rowOf) {
        var m = java.util.regex.Pattern.compile("^passengers\\[(\\d+)](.*)$").matcher(field);
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            return "passengers[" + (i < rowOf.size() ? rowOf.get(i) : i) + "]" + m.group(2);
        }
        return field;
    }

    private String options(Model model, VehicleForm form) {
        while (form.getPassengers().size() < PASSENGER_ROWS) {
            form.getPassengers().add(new OccupantForm());
        }
        if (form.getDriver() == null) {
            form.setDriver(new OccupantForm());
        }
        model.addAttribute("form", form);
        model.addAttribute("vehicleTypes", VehicleType.values());
        model.addAttribute("documentTypes", TravelDocumentType.values());
        model.addAttribute("directions", Direction.values());
        return "border/vehicle";
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s;
    }
}
