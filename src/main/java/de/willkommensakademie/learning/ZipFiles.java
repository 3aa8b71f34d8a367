package de.willkommensakademie.learning;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import de.willkommensakademie.base.UserFacingException;

/**
 * Unpacks an uploaded module ZIP in memory, with limits against ZIP bombs. If every file sits in one folder, the
 * folder is taken off so paths match the manifest's.
 */
final class ZipFiles {

    static final int MAX_ENTRIES = 500;

    private ZipFiles() {
    }

    static Map<String, byte[]> unpack(byte[] zip, long maxTotalBytes) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory() || entry.getName().startsWith("__MACOSX/")) {
                    continue;
                }
                if (files.size() == MAX_ENTRIES) {
                    throw new UserFacingException("import.module.too-many-files", MAX_ENTRIES);
                }
                byte[] data = readLimited(in, maxTotalBytes - total);
                total += data.length;
                files.put(entry.getName().replace('\\', '/'), data);
            }
        } catch (ZipException | java.io.EOFException notAZip) {
            throw new UserFacingException("import.module.not-a-zip");
        } catch (IOException failed) {
            throw new UserFacingException("import.module.not-a-zip");
        }
        if (files.isEmpty()) {
            throw new UserFacingException("import.module.not-a-zip");
        }
        return stripCommonFolder(files);
    }

    private static byte[] readLimited(InputStream in, long allowed) throws IOException {
        byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, Math.max(0, allowed) + 1));
        if (data.length > allowed) {
            throw new UserFacingException("import.module.too-large", allowed / (1024 * 1024) + 1);
        }
        return data;
    }

    private static Map<String, byte[]> stripCommonFolder(Map<String, byte[]> files) {
        if (files.containsKey(ModuleArchiveReader.MANIFEST)) {
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
