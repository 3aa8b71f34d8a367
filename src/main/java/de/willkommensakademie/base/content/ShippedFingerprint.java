package de.willkommensakademie.base.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import de.willkommensakademie.base.ShippedFiles;
import de.willkommensakademie.base.ShippedFiles.ShippedFile;

/**
 * The SHA-256 of the shipped files as they are (paths and raw bytes, nothing parsed) and of the build that reads them
 * ({@code META-INF/build-info.properties}, written by every Maven build with its time). The build belongs in it
 * because a new release may read the same files differently (a reader or codec changed): then the stores compare
 * once in full, as they did at every start before. Without build information (started from an IDE's own build)
 * there is no fingerprint, and every start takes the full path.
 */
final class ShippedFingerprint {

    static final String BUILD_INFO = "META-INF/build-info.properties";

    private ShippedFingerprint() {
    }

    /** The fingerprint of this build's shipped files, read from the class path; empty without build information. */
    static Optional<String> ofClasspath() {
        try (InputStream build = ShippedFingerprint.class.getClassLoader().getResourceAsStream(BUILD_INFO)) {
            return build == null ? Optional.empty() : Optional.of(of(build.readAllBytes(), ShippedFiles.all()));
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot read " + BUILD_INFO, failed);
        }
    }

    /** Hex SHA-256 over the build information and every file's path and bytes, in the order of their paths. */
    static String of(byte[] build, List<ShippedFile> files) {
        MessageDigest sha256 = sha256();
        update(sha256, build);
        files.stream().sorted(Comparator.comparing(ShippedFile::location)).forEach(file -> {
            // lengths first, so no two different sets of paths and contents run together into the same bytes
            update(sha256, file.location().getBytes(StandardCharsets.UTF_8));
            update(sha256, file.bytes());
        });
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static void update(MessageDigest digest, byte[] bytes) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every JDK has SHA-256", missing);
        }
    }
}
