package de.willkommensakademie.base.ui;

import java.io.ByteArrayInputStream;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;

/**
 * Uploads held in memory with a size limit the browser and the server both enforce, and download links whose
 * bytes are produced only when clicked.
 */
public final class FileTransfer {

    private FileTransfer() {
    }

    /**
     * An upload of one file of the given types (extensions or media types); {@code received} runs in the UI with the
     * bytes, a rejected file shows the translated {@code tooLargeKey} with {@code shownLimit}.
     */
    public static Upload upload(long maxBytes, String tooLargeKey, long shownLimit, Consumer<byte[]> received,
            String... types) {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(new InMemoryUploadHandler((metadata, bytes) -> ui.access(
                () -> received.accept(bytes))) {
            @Override
            public long getFileSizeMax() {
                return maxBytes;
            }
        });
        upload.setAcceptedFileTypes(types);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.addFileRejectedListener(event -> Notifications.error(I18NProvider.translate(tooLargeKey, shownLimit)));
        return upload;
    }

    /** A link that downloads a file; {@code what} names the item for screen readers ("Export: title"). */
    public static Anchor download(String text, String what, String fileName, String mediaType,
            Supplier<byte[]> bytes) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] data = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(data), fileName, mediaType, data.length);
        }), text);
        download.getElement().setAttribute("download", true);
        download.getElement().setAttribute("aria-label", what == null ? text : text + ": " + what);
        return download;
    }
}
