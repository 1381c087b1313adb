package org.onedoor.ecopy.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.onedoor.common.DomainException;
import org.onedoor.ecopy.internal.CopyDelivery;
import org.onedoor.ecopy.internal.CopyIssuer;
import org.onedoor.ecopy.internal.CopyVerification;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Public verification pages: {@code /verify/{code}} (what the copy's QR code opens) and {@code /verify} (upload a
 * file). No sign-in: anyone holding a copy may check it.
 */
@Controller
class VerifyController {

    static final long MAX_UPLOAD = 30L * 1024 * 1024;

    private final CopyVerification verification;
    private final CopyDelivery delivery;
    private final CopyIssuer issuer;

    VerifyController(CopyVerification verification, CopyDelivery delivery, CopyIssuer issuer) {
        this.verification = verification;
        this.delivery = delivery;
        this.issuer = issuer;
    }

    @GetMapping("/verify")
    String form() {
        return "ecopy/verify/file";
    }

    @PostMapping("/verify")
    String file(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        if (file.isEmpty() || file.getSize() > MAX_UPLOAD) {
            model.addAttribute("tooLarge", !file.isEmpty());
            model.addAttribute("empty", file.isEmpty());
            return "ecopy/verify/file";
        }
        model.addAttribute("check", verification.file(file.getBytes()));
        model.addAttribute("fileName", file.getOriginalFilename());
        return "ecopy/verify/file";
    }

    @GetMapping("/verify/{code}")
    String code(@PathVariable String code, Model model) {
        var check = verification.byCode(code);
        if (check.isEmpty()) {
            model.addAttribute("code", code);
            return "ecopy/verify/not-found";
        }
        model.addAttribute("check", check.get());
        model.addAttribute("verifyUrl", issuer.verifyUrl(check.get().copy().code()));
        return "ecopy/verify/copy";
    }

    @GetMapping("/verify/{code}/download")
    ResponseEntity<byte[]> download(@PathVariable String code) {
        try {
            return CopyDownloads.pdf(code.toUpperCase(), delivery.content(code.strip().toUpperCase()));
        } catch (DomainException e) {
            return ResponseEntity.notFound().build();
        }
    }

    @GetMapping("/verify/{code}/qr.png")
    ResponseEntity<byte[]> qr(@PathVariable String code) {
        if (!code.matches("[A-Za-z0-9]{1,20}")) {
            return ResponseEntity.notFound().build();
        }
        try {
            var matrix = new QRCodeWriter().encode(issuer.verifyUrl(code.toUpperCase()), BarcodeFormat.QR_CODE, 240, 240,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noCache())
                    .body(out.toByteArray());
        } catch (WriterException e) {
            return ResponseEntity.badRequest().build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
