package org.onedoor.ecopy.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.onedoor.common.VietnamTime;

/**
 * The certification register as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs show Vietnamese
 * correctly). CSV only: Apache POI is not a dependency of OneDoor (decision 0367).
 */
public final class RegisterExport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VietnamTime.ZONE);

    private RegisterExport() {
    }

    public static String csv(List<RegisterEntry> entries) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append("So chung thuc,Quyen so,Ngay,Ma ban sao,Nguoi yeu cau,So dinh danh,Loai giay to,So trang,"
                + "Nguoi thuc hien chung thuc,Phi (VND),SHA-256\r\n");
        for (RegisterEntry e : entries) {
            row(out, String.valueOf(e.sequence()), e.registerNumber() + "/" + e.registerYear() + "-" + e.typeCode(),
                    TIME.format(e.issuedAt() != null ? e.issuedAt() : e.reservedAt()), e.code(), e.holderName(),
                    e.idNumber(), CertificationStatement.documentTypeName(e.documentType()), String.valueOf(e.pages()),
                    e.officerName(), String.valueOf(e.feeVnd()), e.sha256() == null ? "" : e.sha256());
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        // a leading =, +, - or @ would be a formula in a spreadsheet (CSV injection)
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.matches(".*[\",\r\n].*") || v.startsWith("'") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
