package org.onedoor.ecopy.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.onedoor.common.VietnamTime;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The certification statement ("lời chứng", Circular 01/2020/TT-BTP form for copies from originals) as lines of
 * text, from the text template {@code templates/ecopy/statement.txt}: an installation changes the wording there,
 * not in code. Official wording, so Vietnamese whatever the kiosk's language.
 */
@Component
public class CertificationStatement {

    private static final Map<String, String> DOCUMENT_TYPES = Map.of(
            "ID_CARD", "Thẻ Căn cước / Căn cước công dân",
            "BIRTH_CERTIFICATE", "Giấy khai sinh",
            "DIPLOMA", "Văn bằng, chứng chỉ",
            "LAND_USE_CERTIFICATE", "Giấy chứng nhận quyền sử dụng đất",
            "HOUSEHOLD_REGISTRATION", "Giấy tờ về cư trú",
            "OTHER", "Giấy tờ, văn bản");

    private final TemplateEngine engine;

    CertificationStatement() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/ecopy/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine = new org.thymeleaf.spring6.SpringTemplateEngine();   // SpEL, as in the pages (no OGNL on the class path)
        engine.setTemplateResolver(resolver);
    }

    /**
     * @param place the place name in the date line (the agency's commune or province)
     */
    public List<String> lines(RegisterEntry entry, String agencyParent, String place, Instant signedAt, String verifyUrl) {
        LocalDate day = signedAt.atZone(VietnamTime.ZONE).toLocalDate();
        Context context = new Context();
        context.setVariable("agencyParent", agencyParent);
        context.setVariable("agencyName", entry.agencyName());
        context.setVariable("sequence", entry.sequence());
        context.setVariable("registerNumber", entry.registerNumber());
        context.setVariable("year", entry.registerYear());
        context.setVariable("typeCode", entry.typeCode());
        context.setVariable("documentTypeName", documentTypeName(entry.documentType()));
        context.setVariable("pages", entry.pages());
        context.setVariable("holderName", entry.holderName());
        context.setVariable("place", place);
        context.setVariable("day", String.format("%02d", day.getDayOfMonth()));
        context.setVariable("month", String.format("%02d", day.getMonthValue()));
        context.setVariable("signYear", day.getYear());
        context.setVariable("officerName", entry.officerName());
        context.setVariable("code", entry.code());
        context.setVariable("verifyUrl", verifyUrl);
        return engine.process("statement", context).lines().toList();
    }

    static String documentTypeName(String type) {
        return DOCUMENT_TYPES.getOrDefault(type, DOCUMENT_TYPES.get("OTHER"));
    }
}
