package de.willkommensakademie.learning;

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

    /** The content type by the file's first bytes (never by its name), if it is a kind this lesson type takes. */
    static String mediaType(byte[] data, LessonType lesson) {
        if (lesson == LessonType.IMAGE) {
            if (data.length > 8 && (data[0] & 0xff) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') {
                return "image/png";
            }
            if (data.length > 3 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xd8 && (data[2] & 0xff) == 0xff) {
                return "image/jpeg";
            }
        }
        if (lesson == LessonType.VIDEO) {
            if (data.length > 12 && data[4] == 'f' && data[5] == 't' && data[6] == 'y' && data[7] == 'p') {
                return "video/mp4";
            }
            if (data.length > 4 && (data[0] & 0xff) == 0x1a && (data[1] & 0xff) == 0x45 && (data[2] & 0xff) == 0xdf
                    && (data[3] & 0xff) == 0xa3) {
                return "video/webm";
            }
        }
        return null;
    }

    long maxBytes(LessonType lesson) {
        return lesson == LessonType.VIDEO ? videoBytes : imageBytes;
    }
}
