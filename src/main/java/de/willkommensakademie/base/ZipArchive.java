package de.willkommensakademie.base;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an uploaded ZIP (a module, a scenario) in memory, with limits against ZIP bombs. If the main file is not at
 * the top and every file sits in one folder, the folder is taken off so paths match the main file's. An archive with
 * a path that could point outside it (absolute, drive letter, {@code ..}, backslash) or a name twice is refused as a
 * whole, naming the entry: such files come from tampering, and another tool unpacking them could write anywhere.
 */
public final class ZipArchive {

    public static final int MAX_ENTRIES = 500;
    /** Folders and skipped entries count too, so an archive of endless empty entries stops early. */
    private static final int MAX_ALL_ENTRIES = 4 * MAX_ENTRIES;
    private static final Pattern DRIVE_LETTER = Pattern.compile("^[A-Za-z]:.*", Pattern.DOTALL);

    private ZipArchive() {
    }

    /** The files by path; {@code mainFile} is the file that marks the top folder (e.g. {@code module.yaml}). */
    public static Map<String, byte[]> unpack(byte[] zip, long maxTotalBytes, String mainFile) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName();
                checkName(name);
                if (!names.add(name)) {
                    throw new UserFacingException("import.zip.duplicate", shown(name));
                }
                if (names.size() > MAX_ALL_ENTRIES) {
                    throw new UserFacingException("import.zip.too-many-files", MAX_ENTRIES);
                }
                if (entry.isDirectory() || name.startsWith("__MACOSX/")) {
                    continue;
                }
                if (files.size() == MAX_ENTRIES) {
                    throw new UserFacingException("import.zip.too-many-files", MAX_ENTRIES);
                }
                byte[] data = readLimited(in, maxTotalBytes - total);
                total += data.length;
                files.put(name, data);
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            // IllegalArgumentException: an entry name that is not valid UTF-8
            throw new UserFacingException("import.zip.not-a-zip");
        }
        if (files.isEmpty()) {
            throw new UserFacingException("import.zip.not-a-zip");
        }
        return stripCommonFolder(files, mainFile);
    }

    /** Only plain relative paths with forward slashes: nothing that another unpacker could place elsewhere. */
    private static void checkName(String name) {
        if (name.indexOf('\\') >= 0) {
            throw new UserFacingException("import.zip.backslash", shown(name));
        }
        if (name.startsWith("/") || DRIVE_LETTER.matcher(name).matches()) {
            throw new UserFacingException("import.zip.absolute-path", shown(name));
        }
        if (Arrays.asList(name.split("/")).contains("..")) {
            throw new UserFacingException("import.zip.parent-path", shown(name));
        }
        if (name.chars().anyMatch(c -> c < 0x20)) {
            throw new UserFacingException("import.zip.bad-name", shown(name));
        }
    }

    private static String shown(String name) {
        return name.length() > 200 ? name.substring(0, 200) + "…" : name;
    }

    private static byte[] readLimited(InputStream in, long allowed) throws IOException {
        byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, Math.max(0, allowed) + 1));
        if (data.length > allowed) {
            throw new UserFacingException("import.zip.too-large", allowed / (1024 * 1024) + 1);
        }
        return data;
    }

    private static Map<String, byte[]> stripCommonFolder(Map<String, byte[]> files, String mainFile) {
        if (files.containsKey(mainFile)) {
            return files;
        }
        String first = files.keySet().iterator().next();
        int slash = first.indexOf('/');
        if (slash < 0) {
            return files;
        }
        String folder = first.substring(0, slash + 1);
        if (!files.keySet().stream().allMatch(name -> name.startsWith(folder))) {
            return files;
        }
        Map<String, byte[]> stripped = new LinkedHashMap<>();
        files.forEach((name, data) -> stripped.put(name.substring(folder.length()), data));
        return stripped;
    }
}
