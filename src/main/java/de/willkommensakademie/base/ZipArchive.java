package de.willkommensakademie.base;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an uploaded ZIP (a module, a scenario) in memory, with limits against ZIP bombs. If the main file is not at
 * the top and every file sits in one folder, the folder is taken off so paths match the main file's.
 */
public final class ZipArchive {

    public static final int MAX_ENTRIES = 500;

    private ZipArchive() {
    }

    /** The files by path; {@code mainFile} is the file that marks the top folder (e.g. {@code module.yaml}). */
    public static Map<String, byte[]> unpack(byte[] zip, long maxTotalBytes, String mainFile) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory() || entry.getName().startsWith("__MACOSX/")) {
                    continue;
                }
                if (files.size() == MAX_ENTRIES) {
                    throw new UserFacingException("import.zip.too-many-files", MAX_ENTRIES);
                }
                byte[] data = readLimited(in, maxTotalBytes - total);
                total += data.length;
                files.put(entry.getName().replace('\\', '/'), data);
            }
        } catch (ZipException | java.io.EOFException notAZip) {
            throw new UserFacingException("import.zip.not-a-zip");
        } catch (IOException failed) {
            throw new UserFacingException("import.zip.not-a-zip");
        }
        if (files.isEmpty()) {
            throw new UserFacingException("import.zip.not-a-zip");
        }
        return stripCommonFolder(files, mainFile);
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
