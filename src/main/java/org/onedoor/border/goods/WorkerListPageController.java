package org.onedoor.border.goods;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onedoor.border.CrossingPurpose;
import org.onedoor.border.Direction;
import org.onedoor.border.WorkerLists;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public page where a business uploads its workers' list (decision 0513, all or nothing): every wrong line
 * shown with its line number, column and message, nothing stored; on success the references. A template CSV
 * to start from.
 */
@Controller
class WorkerListPageController {

    /** The business limit of decision 0513, checked before the file is read. */
    static final long MAX_BYTES = 1024 * 1024;

    static final String TEMPLATE = "\uFEFFsurname,given_names,document_type,document_number,nationality,date_of_birth\r\n"
            + "Rơ Châm,H'Lan,PASSPORT,C3100001,VNM,12/03/1995\r\n"
            + "Trần,Thị Hạnh,ID_CARD,064195000123,VNM,1995-07-20\r\n";

    private final WorkerLists lists;
    private final MessageSource messages;

    WorkerListPageController(WorkerLists lists, MessageSource messages) {
        this.lists = lists;
        this.messages = messages;
    }

    /** The shared fields as typed. */
    record WorkerListForm(String businessCode, CrossingPurpose purpose, LocalDate plannedDate, Direction direction) {
    }

    record LineError(int line, String field, String message) {
    }

    @GetMapping("/border/declare/workers")
    String form(Model model) {
        model.addAttribute("form", new WorkerListForm(null, CrossingPurpose.WORK, null, Direction.EXIT));
        model.addAttribute("errors", Map.of());
        return options(model);
    }

    @PostMapping("/border/declare/workers")
    String upload(@RequestParam(required = false) MultipartFile file,
                  @RequestParam(required = false) String businessCode,
                  @RequestParam(required = false) CrossingPurpose purpose,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedDate,
                  @RequestParam(required = false) Direction direction, Model model) throws IOException {
        var locale = LocaleContextHolder.getLocale();
        WorkerListForm form = new WorkerListForm(businessCode, purpose == null ? CrossingPurpose.WORK : purpose,
                plannedDate, direction);
        model.addAttribute("form", form);
        Map<String, String> errors = new LinkedHashMap<>();
        if (file != null && file.getSize() > MAX_BYTES) {
            errors.put("file", messages.getMessage("border.goods.csv.tooLarge", new Object[] {MAX_BYTES / 1024},
                    "too large", locale));
            model.addAttribute("errors", errors);
            return options(model);
        }
        try {
            WorkerLists.Result r = lists.upload(new WorkerLists.Upload(ConsignmentPageController.LE_THANH,
                    businessCode, form.purpose(), plannedDate, direction,
                    file == null ? null : file.getOriginalFilename(), false, locale.getLanguage()),
                    file == null ? new byte[0] : file.getBytes());
            if (r.stored()) {
                model.addAttribute("result", r);
                return "border/workers-declared";
            }
            List<LineError> lines = r.errors().stream().map(e -> new LineError(e.line(), e.field(),
                    messages.getMessage(e.messageKey(), e.args().toArray(), e.messageKey(), locale))).toList();
            model.addAttribute("lineErrors", lines);
            model.addAttribute("rows", r.rows());
        } catch (DomainException e) {
            for (FieldViolation v : e.violations()) {
                errors.putIfAbsent(v.field(), messages.getMessage(v.messageKey(), v.args(), v.messageKey(), locale));
            }
            if (errors.isEmpty()) {
                errors.put("file", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
            }
        }
        model.addAttribute("errors", errors);
        return options(model);
    }

    @GetMapping("/border/declare/workers/template.csv")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("workers-template.csv").build().toString())
                .body(TEMPLATE.getBytes(StandardCharsets.UTF_8));
    }

    private String options(Model model) {
        model.addAttribute("purposes", CrossingPurpose.values());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("maxKb", MAX_BYTES / 1024);
        return "border/workers";
    }
}
