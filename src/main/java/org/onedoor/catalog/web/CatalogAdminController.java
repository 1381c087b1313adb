package org.onedoor.catalog.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import org.onedoor.catalog.internal.CatalogImportException;
import org.onedoor.catalog.internal.CatalogStore;
import org.onedoor.catalog.internal.CatalogTransfer;
import org.onedoor.common.VietnamTime;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Administrators' catalogue page: the list of procedures, import of a catalogue file, export. */
@Controller
@RequestMapping("/admin/catalog")
@PreAuthorize("hasRole('ADMIN')")
class CatalogAdminController {

    private final CatalogStore store;
    private final CatalogTransfer transfer;
    private final MessageSource messages;

    CatalogAdminController(CatalogStore store, CatalogTransfer transfer, MessageSource messages) {
        this.store = store;
        this.transfer = transfer;
        this.messages = messages;
    }

    @GetMapping
    String page(Authentication user, Model model) {
        AdminOnly.check(user);
        return render(model);
    }

    @PostMapping("/import")
    String importFile(@RequestParam("file") MultipartFile file, Authentication user, Locale locale, Model model) throws IOException {
        AdminOnly.check(user);
        if (file.isEmpty()) {
            model.addAttribute("uploadMissing", true);
            return render(model);
        }
        try {
            model.addAttribute("result", transfer.importCatalog(new String(file.getBytes(), StandardCharsets.UTF_8),
                    file.getOriginalFilename()));
        } catch (CatalogImportException e) {
            model.addAttribute("fileName", file.getOriginalFilename());
            model.addAttribute("errors", ImportErrorMessages.resolve(messages, e.errors(), locale));
        }
        return render(model);
    }

    private String render(Model model) {
        model.addAttribute("procedures", store.summaries(LocalDate.now(VietnamTime.ZONE)));
        return "catalog/admin";
    }
}
