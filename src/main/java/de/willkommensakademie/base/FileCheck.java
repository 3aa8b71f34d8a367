package de.willkommensakademie.base;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads an uploaded file completely as the kind its first bytes claim, so a PNG signature followed by HTML, a cut-off
 * picture or {@code %PDF-} followed by anything else is refused. Images are decoded and encoded again: that drops
 * anything after the picture and all metadata (GPS position, camera), which is wanted for privacy.
 */
final class FileCheck {

    /** Decoding needs about 4 bytes a pixel; 25 megapixels keep one upload below about 100 MB of memory. */
    static final long MAX_PIXELS = 25_000_000L;
    private static final float JPEG_QUALITY = 0.9f;
    private static final COSName LAUNCH = COSName.getPDFName("Launch");

    private FileCheck() {
    }

    /** The file as it is stored: images encoded again, everything else unchanged. */
    static byte[] readable(FileType type, byte[] data) {
        return switch (type) {
            case PNG, JPEG -> reencoded(type, data);
            case PDF -> checkedPdf(data);
            case MP4 -> checkedMp4(data);
            case WEBM -> checkedWebm(data);
        };
    }

    private static UserFacingException unreadable(FileType type) {
        return new UserFacingException("upload.error.unreadable", type.label());
    }

    private static byte[] reencoded(FileType type, byte[] data) {
        BufferedImage image = decoded(type, data);
        if (type == FileType.JPEG) {
            image = upright(image, JpegOrientation.of(data));
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
            if (type == FileType.PNG) {
                ImageIO.write(image, "png", out);
            } else {
                ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
                try (var stream = new MemoryCacheImageOutputStream(out)) {
                    ImageWriteParam param = writer.getDefaultWriteParam();
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(JPEG_QUALITY);
                    writer.setOutput(stream);
                    writer.write(null, new IIOImage(image, null, null), param);
                } finally {
                    writer.dispose();
                }
            }
            return out.toByteArray();
        } catch (IOException | RuntimeException notWritable) {
            throw unreadable(type);
        }
    }

    /** The whole picture; a warning (data cut off, a damaged segment) counts as unreadable. */
    private static BufferedImage decoded(FileType type, byte[] data) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type == FileType.PNG ? "png" : "jpeg");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new UserFacingException("upload.error.pixels", MAX_PIXELS / 1_000_000);
                }
                boolean[] warned = {false};
                reader.addIIOReadWarningListener((IIOReadWarningListener) (source, warning) -> warned[0] = true);
                BufferedImage image = reader.read(0);
                if (warned[0] || image == null) {
                    throw unreadable(type);
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof UserFacingException problem) {
                throw problem;
            }
            throw unreadable(type);
        }
    }

    /** Pixels turned as the camera's orientation tag says, since the tag itself is dropped with the metadata. */
    private static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform turn = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        boolean swap = orientation >= 5;
        BufferedImage target = new BufferedImage(swap ? h : w, swap ? w : h,
                image.getType() == BufferedImage.TYPE_BYTE_GRAY ? BufferedImage.TYPE_BYTE_GRAY
                        : BufferedImage.TYPE_3BYTE_BGR);
        return new AffineTransformOp(turn, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(image, target);
    }

    /** A complete PDF that PDFBox reads with at least one page, not encrypted, without scripts or program launches. */
    private static byte[] checkedPdf(byte[] data) {
        // PDFBox repairs cut-off files silently; a complete PDF ends with %%EOF (readers look in the last 1024 bytes).
        String end = new String(data, Math.max(0, data.length - 1024), Math.min(1024, data.length),
                StandardCharsets.ISO_8859_1);
        if (!end.contains("%%EOF")) {
            throw unreadable(FileType.PDF);
        }
        try (PDDocument document = Loader.loadPDF(data)) {
            if (document.isEncrypted()) {
                throw new UserFacingException("upload.error.pdf-encrypted");
            }
            if (document.getNumberOfPages() < 1) {
                throw unreadable(FileType.PDF);
            }
            for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
                COSObject object = document.getDocument().getObjectFromPool(key);
                if (object != null && hasScript(object.getObject(), 0)) {
                    throw new UserFacingException("upload.error.pdf-script");
                }
            }
            return data;
        } catch (InvalidPasswordException encrypted) {
            throw new UserFacingException("upload.error.pdf-encrypted");
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof UserFacingException problem) {
                throw problem;
            }
            throw unreadable(FileType.PDF);
        }
    }

    /** Looks inside one object's direct dictionaries and arrays; referenced objects are visited on their own. */
    private static boolean hasScript(COSBase value, int depth) {
        if (depth > 32) {
            return false;
        }
        if (value instanceof COSDictionary dictionary) {
            COSName action = dictionary.getCOSName(COSName.S);
            if (dictionary.containsKey(COSName.JS) || COSName.JAVA_SCRIPT.equals(action) || LAUNCH.equals(action)) {
                return true;
            }
            for (COSBase child : dictionary.getValues()) {
                if (!(child instanceof COSObject) && hasScript(child, depth + 1)) {
                    return true;
                }
            }
        } else if (value instanceof COSArray array) {
            for (COSBase child : array) {
                if (!(child instanceof COSObject) && hasScript(child, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** MP4 is a chain of boxes from the first byte to the last, starting with {@code ftyp} and holding a {@code moov}. */
    private static byte[] checkedMp4(byte[] data) {
        ByteBuffer in = ByteBuffer.wrap(data);
        boolean movie = false;
        boolean first = true;
        while (in.remaining() > 0) {
            if (in.remaining() < 8) {
                throw unreadable(FileType.MP4);
            }
            int start = in.position();
            long size = Integer.toUnsignedLong(in.getInt());
            String type = new String(data, in.position(), 4, StandardCharsets.ISO_8859_1);
            in.position(in.position() + 4);
            if (size == 1) {
                if (in.remaining() < 8) {
                    throw unreadable(FileType.MP4);
                }
                size = in.getLong();
            } else if (size == 0) {
                size = data.length - start;
            }
            if (!type.chars().allMatch(c -> c >= 0x20 && c < 0x7f) || (first && !"ftyp".equals(type))
                    || size < in.position() - start || size > data.length - start) {
                throw unreadable(FileType.MP4);
            }
            movie |= "moov".equals(type);
            first = false;
            in.position((int) (start + size));
        }
        if (!movie) {
            throw unreadable(FileType.MP4);
        }
        return data;
    }

    /** WebM (EBML): an EBML header, then elements up to the end of the file, one of them the Segment. */
    private static byte[] checkedWebm(byte[] data) {
        ByteBuffer in = ByteBuffer.wrap(data);
        boolean segment = false;
        boolean first = true;
        while (in.remaining() > 0) {
            long id = ebmlNumber(in, false);
            long size = ebmlNumber(in, true);
            if ((first && id != 0x1A45DFA3L) || id < 0) {
                throw unreadable(FileType.WEBM);
            }
            first = false;
            if (id == 0x18538067L) {
                segment = true;
                if (size < 0) {
                    break; // a Segment of unknown size runs to the end of the file, as live recordings write it
                }
            }
            if (size < 0 || size > in.remaining()) {
                throw unreadable(FileType.WEBM);
            }
            in.position((int) (in.position() + size));
        }
        if (!segment) {
            throw unreadable(FileType.WEBM);
        }
        return data;
    }

    /** An EBML variable-length number; for sizes, all value bits set means "unknown" and gives −1. */
    private static long ebmlNumber(ByteBuffer in, boolean isSize) {
        if (in.remaining() < 1) {
            throw unreadable(FileType.WEBM);
        }
        int firstByte = in.get() & 0xff;
        int length = Integer.numberOfLeadingZeros(firstByte) - 23;
        if (firstByte == 0 || length > 8 || in.remaining() < length - 1) {
            throw unreadable(FileType.WEBM);
        }
        long value = isSize ? firstByte & (0xff >> length) : firstByte;
        boolean allOnes = value == (0xff >> length);
        for (int i = 1; i < length; i++) {
            int next = in.get() & 0xff;
            allOnes &= next == 0xff;
            value = (value << 8) | next;
        }
        return isSize && allOnes ? -1 : value;
    }

    /** The EXIF orientation tag (1–8) of a JPEG, 1 when there is none; read by hand to avoid a library for one number. */
    static final class JpegOrientation {

        private JpegOrientation() {
        }

        static int of(byte[] jpeg) {
            try {
                ByteBuffer in = ByteBuffer.wrap(jpeg);
                in.position(2);
                while (in.remaining() >= 4) {
                    if ((in.get() & 0xff) != 0xff) {
                        return 1;
                    }
                    int marker = in.get() & 0xff;
                    int length = in.getShort() & 0xffff;
                    if (marker == 0xda || length < 2 || length - 2 > in.remaining()) {
                        return 1; // the picture data starts: no EXIF before it
                    }
                    int segment = in.position();
                    if (marker == 0xe1 && length > 8 && in.getInt(segment) == 0x45786966) { // "Exif"
                        return tiffOrientation(ByteBuffer.wrap(jpeg, segment + 6, length - 8).slice());
                    }
                    in.position(segment + length - 2);
                }
            } catch (RuntimeException unexpected) {
                return 1;
            }
            return 1;
        }

        private static int tiffOrientation(ByteBuffer tiff) {
            tiff.order(tiff.getShort(0) == 0x4949 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
            int ifd = tiff.getInt(4);
            int entries = tiff.getShort(ifd) & 0xffff;
            for (int i = 0; i < entries; i++) {
                int entry = ifd + 2 + 12 * i;
                if ((tiff.getShort(entry) & 0xffff) == 0x0112) {
                    return tiff.getShort(entry + 8) & 0xffff;
                }
            }
            return 1;
        }
    }
}
