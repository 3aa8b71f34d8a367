package de.willkommensakademie.learning;

import de.willkommensakademie.base.FileType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Upload limits for lesson media, configurable per installation. */
@Component
class MediaLimits {

    final long imageBytes;
    final long videoBytes;
    final long archiveBytes;

    MediaLimits(@Value("${app.learning.max-image-bytes:2097152}") long imageBytes,
            @Value("${app.learning.max-video-bytes:52428800}") long videoBytes,
            @Value("${app.learning.max-archive-bytes:83886080}") long archiveBytes) {
        this.imageBytes = imageBytes;
        this.videoBytes = videoBytes;
        this.archiveBytes = archiveBytes;
    }

    static MediaLimits of(long imageBytes, long videoBytes) {
        return new MediaLimits(imageBytes, videoBytes, Math.max(imageBytes, videoBytes) * 4);
    }

    /** The file as stored for this lesson type, read completely ({@link FileType#check}); refused with the reason. */
    FileType.Checked check(byte[] data, LessonType lesson) {
        FileType[] allowed = switch (lesson) {
            case IMAGE -> new FileType[] {FileType.PNG, FileType.JPEG};
            case VIDEO -> new FileType[] {FileType.MP4, FileType.WEBM};
            default -> new FileType[0];
        };
        return FileType.check(data, maxBytes(lesson), allowed);
    }

    long maxBytes(LessonType lesson) {
        return lesson == LessonType.VIDEO ? videoBytes : imageBytes;
    }
}
