package de.willkommensakademie.base.ui;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import de.willkommensakademie.base.FileType;

/**
 * Uploads held in memory with a size limit the browser and the server both enforce, and download links whose
 * bytes are produced only when clicked.
 */
public final class FileTransfer {

    private FileTransfer() {
    }

    /**
     * The one upload field of the application: one file of the given kinds, at most {@code maxBytes} (the browser
     * and the server both enforce it), all texts in the person's language and naming the allowed kinds and size.
     * {@code received} runs in the UI with the bytes; the service then checks the content ({@code FileType.check})
     * and a refusal reaches the person through the error handler with its reason.
     */
    public static Upload upload(long maxBytes, Consumer<byte[]> received, FileType... types) {
        String[] accept = Arrays.stream(types)
                .flatMap(type -> Stream.concat(Stream.of(type.mediaType()), extensions(type).stream()))
                .toArray(String[]::new);
        return upload(maxBytes, FileType.labels(types), received, accept);
    }

    /**
     * The same for files that are not one of the {@link FileType}s (CSV, ZIP, Twee): {@code typeLabel} names them
     * for people ("CSV"), {@code accept} lists extensions and media types for the browser.
     */
    public static Upload upload(long maxBytes, String typeLabel, Consumer<byte[]> received, String... accept) {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(new InMemoryUploadHandler((metadata, bytes) -> ui.access(
                () -> received.accept(bytes))) {
            @Override
            public long getFileSizeMax() {
                return maxBytes;
            }

            @Override
            public long getRequestSizeMax() {
                return maxBytes + 64 * 1024L; // the multipart envelope around the file
            }
        });
        upload.setAcceptedFileTypes(accept);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        UploadI18N texts = texts(typeLabel, FileType.size(maxBytes));
        upload.setI18n(texts);
        upload.addFileRejectedListener(event -> Notifications.error(rejection(event, texts, typeLabel)));
        return upload;
    }

    /** The browser refuses a file before sending it; say which rule it broke, naming the file's own kind. */
    static String rejection(FileRejectedEvent event, UploadI18N texts, String typeLabel) {
        String message = event.getErrorMessage();
        if (Objects.equals(message, texts.getError().getIncorrectFileType())) {
            String name = event.getFileName() == null ? "" : event.getFileName();
            int dot = name.lastIndexOf('.');
            if (dot >= 0 && dot < name.length() - 1 && name.length() - dot <= 6) {
                return I18NProvider.translate("upload.error.type-named",
                        name.substring(dot + 1).toUpperCase(Locale.ROOT), typeLabel);
            }
        }
        return message == null || message.isBlank() ? I18NProvider.translate("upload.error.type", typeLabel)
                : message;
    }

    private static UploadI18N texts(String typeLabel, String maxSize) {
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(t("upload.add")).setMany(t("upload.add")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(t("upload.drop", typeLabel, maxSize))
                .setMany(t("upload.drop", typeLabel, maxSize)));
        texts.setError(new UploadI18N.Error().setTooManyFiles(t("upload.error.too-many"))
                .setFileIsTooBig(t("upload.error.too-large", maxSize))
                .setIncorrectFileType(t("upload.error.type", typeLabel)));
        texts.setFile(new UploadI18N.File().setRetry(t("upload.file.retry")).setStart(t("upload.file.start"))
                .setRemove(t("upload.file.remove")));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t("upload.status.connecting"))
                        .setStalled(t("upload.status.stalled")).setProcessing(t("upload.status.processing"))
                        .setHeld(t("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(t("upload.remaining.prefix"))
                        .setUnknown(t("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(t("upload.error.server-unavailable"))
                        .setUnexpectedServerError(t("upload.error.unexpected"))
                        .setForbidden(t("upload.error.forbidden"))
                        .setFileTooLarge(t("upload.error.too-large", maxSize))));
        texts.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        return texts;
    }

    private static String t(String key, Object... arguments) {
        return I18NProvider.translate(key, arguments);
    }

    private static List<String> extensions(FileType type) {
        return switch (type) {
            case PNG -> List.of(".png");
            case JPEG -> List.of(".jpg", ".jpeg");
            case PDF -> List.of(".pdf");
            case MP4 -> List.of(".mp4");
            case WEBM -> List.of(".webm");
        };
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
