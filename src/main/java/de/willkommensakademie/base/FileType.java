package de.willkommensakademie.base;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Kinds of uploaded file the application accepts, recognised by their first bytes and never by the file name or the
 * type the browser claims.
 */
public enum FileType {
    PNG("image/png"), JPEG("image/jpeg"), PDF("application/pdf"), MP4("video/mp4"), WEBM("video/webm");

    private final String mediaType;

    FileType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** A stable id for stored file contents: the hex SHA-256 of the bytes, so the same picture is stored once. */
    public static String contentId(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The kind of file, if it is one of the given kinds. */
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
            case MP4 -> data.length > 12 && data[4] == 'f' && data[5] == 't' && data[6] == 'y' && data[7] == 'p';
            case WEBM -> data.length > 4 && (data[0] & 0xff) == 0x1a && (data[1] & 0xff) == 0x45
                    && (data[2] & 0xff) == 0xdf && (data[3] & 0xff) == 0xa3;
        };
    }
}
