package org.onedoor.border.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.onedoor.audit.AuditTrail;
import org.onedoor.border.CrossingImage;
import org.onedoor.border.CrossingImages;
import org.onedoor.border.DeviceCapture;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.identity.Officer;
import org.onedoor.identity.Officers;
import org.onedoor.identity.Role;
import org.onedoor.storage.FileStore;
import org.onedoor.storage.StoredFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Images of crossings in the content-addressed file store; border roles of the gate only, every read audited. */
@Service
class CrossingImageService implements CrossingImages {

    static final Set<String> KINDS = Set.of("FINGERPRINT", "FACE", "DOCUMENT", "PHOTO");

    private final JdbcClient jdbc;
    private final FileStore files;
    private final Officers officers;
    private final AuditTrail audit;

    private final BorderProperties properties;

    CrossingImageService(JdbcClient jdbc, FileStore files, Officers officers, AuditTrail audit,
                         BorderProperties properties) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.files = files;
        this.officers = officers;
        this.audit = audit;
    }

    @Override
    @Transactional
    public CrossingImage attach(long crossingId, String kind, DeviceCapture capture) {
        String officer = officerAt(gateOf(crossingId));
        return store(crossingId, kind, capture, officer);
    }

    /** Stores without the officer check (the scan already made it). */
    CrossingImage store(long crossingId, String kind, DeviceCapture capture, String officer) {
        if (kind == null || !KINDS.contains(kind)) {
            throw DomainException.invalid(List.of(new FieldViolation("kind", "border.ops.error.imageKind")));
        }
        if (capture == null || capture.image() == null || capture.image().length == 0) {
            throw DomainException.invalid(List.of(new FieldViolation("image", "border.ops.error.imageEmpty")));
        }
        if ("PHOTO".equals(kind)) {
            capture = photo(capture);
        }
        StoredFile stored;
        try {
            stored = files.put(new ByteArrayInputStream(capture.image()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long id = jdbc.sql("""
                        insert into border.crossing_image (crossing_id, kind, sha256, media_type, size, match_score,
                            captured_by)
                        values (:crossing, :kind, :sha, :type, :size, :score, :by) returning id""")
                .param("crossing", crossingId).param("kind", kind).param("sha", stored.sha256())
                .param("type", capture.mediaType() == null ? "application/octet-stream" : capture.mediaType())
                .param("size", stored.size()).param("score", capture.matchScore()).param("by", officer)
                .query(Long.class).single();
        audit.record("border.image.store", "crossing", String.valueOf(crossingId), kind + " image " + id);
        return load(id);
    }

    /**
     * A guard's photo (decision 0542): JPEG or PNG recognised by its first bytes (whatever the browser claimed), at
     * most {@code onedoor.border.photo-max-size}; the media type stored is the one the bytes show.
     */
    private DeviceCapture photo(DeviceCapture capture) {
        long max = properties.photoMaxSize().toBytes();
        if (capture.image().length > max) {
            throw DomainException.invalid(List.of(new FieldViolation("photo", "border.ops2.photo.error.tooLarge",
                    max / 1024)));
        }
        String type = mediaType(capture.image());
        if (type == null) {
            throw DomainException.invalid(List.of(new FieldViolation("photo", "border.ops2.photo.error.type")));
        }
        return new DeviceCapture(capture.image(), type, capture.matchScore());
    }

    /** {@code image/jpeg} or {@code image/png} by the file's signature, null for anything else. */
    static String mediaType(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        if (b.length >= png.length && java.util.Arrays.equals(b, 0, png.length, png, 0, png.length)) {
            return "image/png";
        }
        return null;
    }

    @Override
    @Transactional
    public List<CrossingImage> list(long crossingId) {
        officerAt(gateOf(crossingId));
        List<CrossingImage> found = jdbc.sql("select * from border.crossing_image where crossing_id = :id order by id")
                .param("id", crossingId).query(CrossingImageService::map).list();
        audit.record("border.image.list", "crossing", String.valueOf(crossingId), "images=" + found.size());
        return found;
    }

    @Override
    @Transactional
    public Content open(long imageId) {
        CrossingImage image = jdbc.sql("select * from border.crossing_image where id = :id").param("id", imageId)
                .query(CrossingImageService::map).optional()
                .orElseThrow(() -> DomainException.notFound("border.ops.error.imageNotFound", imageId));
        officerAt(gateOf(image.crossingId()));
        try (InputStream in = files.open(image.sha256())) {
            byte[] bytes = in.readAllBytes();
            audit.record("border.image.read", "crossing", String.valueOf(image.crossingId()),
                    image.kind() + " image " + imageId);
            return new Content(image, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CrossingImage load(long id) {
        return jdbc.sql("select * from border.crossing_image where id = :id").param("id", id)
                .query(CrossingImageService::map).single();
    }

    private String gateOf(long crossingId) {
        return jdbc.sql("select gate from border.crossing where id = :id").param("id", crossingId)
                .query(String.class).optional()
                .orElseThrow(() -> DomainException.notFound("border.error.crossingNotFound", crossingId));
    }

    private String officerAt(String gate) {
        Officer officer = officers.current()
                .orElseThrow(() -> new DomainException(DomainException.Kind.FORBIDDEN, "border.error.notAtGate", gate));
        boolean border = officer.has(Role.BORDER_GUARD) || officer.has(Role.BORDER_SUPERVISOR);
        if (!officer.has(Role.ADMIN) && !(border && gate.equals(officer.agencyCode()))) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "border.error.notAtGate", gate);
        }
        return officer.username();
    }

    static CrossingImage map(ResultSet rs, int row) throws SQLException {
        return new CrossingImage(rs.getLong("id"), rs.getLong("crossing_id"), rs.getString("kind"),
                rs.getString("sha256"), rs.getString("media_type"), rs.getLong("size"),
                rs.getObject("match_score", Double.class), rs.getString("captured_by"),
                rs.getTimestamp("captured_at").toInstant());
    }
}
