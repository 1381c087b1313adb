package org.onedoor.border.goods;

import java.io.IOException;
import java.time.LocalDate;

import org.onedoor.border.CrossingPurpose;
import org.onedoor.border.Direction;
import org.onedoor.border.WorkerLists;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A business uploads its workers' list (CSV); row errors come back with line, column and a localised message. */
@RestController
@Tag(name = "Border gate: goods and vehicle declarations")
class WorkerListApiController {

    private final WorkerLists lists;
    private final MessageSource messages;

    WorkerListApiController(WorkerLists lists, MessageSource messages) {
        this.lists = lists;
        this.messages = messages;
    }

    record RowMessage(int line, String field, String message) {
    }

    record UploadView(int rows, boolean stored, java.util.List<WorkerLists.Declared> declared,
                      java.util.List<RowMessage> errors) {
    }

    @PostMapping("/api/v1/public/border/worker-lists")
    @Operation(summary = "Declare a business's workers from a CSV (surname,given_names,document_type,document_number,"
            + "nationality,date_of_birth); all or nothing unless validRowsOnly=true")
    ResponseEntity<UploadView> upload(@RequestParam("file") MultipartFile file, @RequestParam String gate,
                                      @RequestParam String businessCode,
                                      @RequestParam(required = false) CrossingPurpose purpose,
                                      @RequestParam(required = false) LocalDate plannedDate,
                                      @RequestParam(required = false) Direction direction,
                                      @RequestParam(defaultValue = "false") boolean validRowsOnly) throws IOException {
        var locale = LocaleContextHolder.getLocale();
        WorkerLists.Result r = lists.upload(new WorkerLists.Upload(gate, businessCode,
                purpose == null ? CrossingPurpose.WORK : purpose, plannedDate, direction, file.getOriginalFilename(),
                validRowsOnly, locale.getLanguage()), file.getBytes());
        var errors = r.errors().stream().map(e -> new RowMessage(e.line(), e.field(),
                messages.getMessage(e.messageKey(), e.args().toArray(), e.messageKey(), locale))).toList();
        HttpStatus status = r.stored() ? HttpStatus.CREATED : HttpStatus.UNPROCESSABLE_ENTITY;
        return ResponseEntity.status(status).body(new UploadView(r.rows(), r.stored(), r.declared(), errors));
    }
}
