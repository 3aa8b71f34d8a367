package de.willkommensakademie.base;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Kinds of uploaded file the application accepts, recognised by their first bytes and never by the file name or the
 * type the browser claims, and then read completely ({@link #check}). SVG, GIF, WebP and HEIC are not accepted
 * anywhere: SVG can carry scripts, and the others are not needed for what is uploaded here.
 */
public enum FileType {
    PNG("image/png", "PNG"), JPEG("image/jpeg", "JPEG"), PDF("application/pdf", "PDF"), MP4("video/mp4", "MP4"),
    WEBM("video/webm", "WebM");

    private final String mediaType;
    private final String label;

    FileType(String mediaType, String label) {
        this.mediaType = mediaType;
        this.label = label;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The name people know the format by (the same in every language). */
    public String label() {
        return label;
    }

    /** A file that passed {@link #check}: its kind and the bytes to store (images encoded anew). */
    public record Checked(FileType type, byte[] data) {
    }

    /**
     * The one rule for every upload and every file inside an imported archive: not empty, at most {@code maxBytes},
     * one of the allowed kinds by its first bytes, and readable as that kind to the end (images decoded and encoded
     * again, PDFs parsed, not encrypted and without scripts; videos checked for their container structure).
     *
     * @throws UserFacingException naming the real reason: empty, too large, which kind it is and what is allowed,
     *     or unreadable
     */
    public static Checked check(byte[] data, long maxBytes, FileType... allowed) {
        if (data == null || data.length == 0) {
            throw new UserFacingException("upload.error.empty");
        }
        if (data.length > maxBytes) {
            throw new UserFacingException("upload.error.too-large", size(maxBytes));
        }
        FileType type = detect(data, allowed).orElseThrow(() -> wrongType(data, allowed));
        return new Checked(type, FileCheck.readable(type, data));
    }

    /** "5 MB" or "500 KB", for messages. */
    public static String size(long bytes) {
        long mb = 1024 * 1024;
        return bytes >= mb && bytes % mb == 0 ? bytes / mb + " MB" : Math.max(1, bytes / 1024) + " KB";
    }

    /** "PDF, PNG, JPEG". */
    public static String labels(FileType... types) {
        return Arrays.stream(types).map(FileType::label).collect(Collectors.joining(", "));
    }

    private static UserFacingException wrongType(byte[] data, FileType... allowed) {
        String seen = Arrays.stream(values()).filter(type -> type.matches(data)).map(FileType::label).findFirst()
                .orElseGet(() -> otherKind(data));
        return seen == null ? new UserFacingException("upload.error.type", labels(allowed))
                : new UserFacingException("upload.error.type-named", seen, labels(allowed));
    }

    /** Formats that are never accepted, named so the person learns what is wrong with their file. */
    private static String otherKind(byte[] data) {
        String start = new String(data, 0, Math.min(data.length, 1024), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (start.startsWith("gif8")) {
            return "GIF";
        }
        if (start.startsWith("riff") && start.startsWith("webp", 8)) {
            return "WebP";
        }
        if (start.startsWith("bm")) {
            return "BMP";
        }
        if (start.startsWith("ii*\0") || start.startsWith("mm\0*")) {
            return "TIFF";
        }
        if (start.startsWith("ftyp", 4)) {
            return "HEIC";
        }
        if (start.startsWith("pk\3\4")) {
            return "ZIP";
        }
        if (start.contains("<svg")) {
            return "SVG";
        }
        if (start.contains("<html") || start.contains("<!doctype html")) {
            return "HTML";
        }
        return null;
    }

    /** A stable id for stored file contents: the hex SHA-256 of the bytes, so the same picture is stored once. */
    public static String contentId(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** HEIC and AVIF photos start like an MP4 video; they are pictures, and not accepted. */
    private static final Set<String> STILL_IMAGE_BRANDS = Set.of("heic", "heix", "mif1", "msf1", "avif", "avis");

    /** The kind of file by its first bytes only, if it is one of the given kinds; see {@link #check}. */
    public static Optional<FileType> detect(byte[] data, FileType... allowed) {
        return Arrays.stream(allowed).filter(type -> type.matches(data)).findFirst();
    }

    private boolean matches(byte[] data) {
        return switch (this) {
            case PNG -> data.length > 8 && (data[0] & 0xff) == 0x89 && data[1] == 'P' && data[2] == 'N'
                    && data[3] == 'G';
            case JPEG -> data.length > 3 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xd8
                    && (data[2] & 0xff) == 0xff;
            case PDF -> data.length > 5 && data[0] == '%' && data[1] == 'P' && data[2] == 'D' && data[3] == 'F'
                    && data[4] == '-';
            case MP4 -> data.length > 12 && data[4] == 'f' && data[5] == 't' && data[6] == 'y' && data[7] == 'p'
                    && !STILL_IMAGE_BRANDS.contains(new String(data, 8, 4, StandardCharsets.ISO_8859_1));
            case WEBM -> data.length > 4 && (data[0] & 0xff) == 0x1a && (data[1] & 0xff) == 0x45
                    && (data[2] & 0xff) == 0xdf && (data[3] & 0xff) == 0xa3;
        };
    }
}
