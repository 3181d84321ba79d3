package vn.tongket.docx;

import java.util.Arrays;

import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

/**
 * A picture from the data model: PNG or JPEG bytes, with the pixel size read from the file's header (nothing is
 * decoded). Equal bytes make equal pictures, so a picture placed many times is stored once.
 */
final class PictureData {

    /** A picture larger than this is refused: a report's logo or photo is far smaller. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    final byte[] bytes;
    final String extension;
    final String contentType;
    final int width;
    final int height;
    private final int hash;

    private PictureData(byte[] bytes, String extension, String contentType, int width, int height) {
        this.bytes = bytes;
        this.extension = extension;
        this.contentType = contentType;
        this.width = width;
        this.height = height;
        this.hash = Arrays.hashCode(bytes);
    }

    static PictureData read(TemplateModel value, String binding) {
        Object raw;
        try {
            raw = value == null ? null : DeepUnwrap.unwrap(value);
        } catch (TemplateModelException e) {
            raw = null;
        }
        if (!(raw instanceof byte[] bytes)) {
            throw new FillProblem("“" + binding + "” should be the bytes of a PNG or JPEG picture, but it is "
                    + ChartData.kind(value));
        }
        if (bytes.length > MAX_BYTES) {
            throw new FillProblem("the picture “" + binding + "” is " + bytes.length / (1024 * 1024)
                    + " MB, more than the " + MAX_BYTES / (1024 * 1024) + " MB a picture may have");
        }
        PictureData p = png(bytes);
        if (p == null) {
            p = jpeg(bytes);
        }
        if (p == null) {
            throw new FillProblem("“" + binding + "” is not a PNG or JPEG picture (or its header is damaged)");
        }
        return p;
    }

    private static PictureData png(byte[] b) {
        if (b.length < 24 || !Arrays.equals(b, 0, 8, PNG, 0, 8) || b[12] != 'I' || b[13] != 'H' || b[14] != 'D'
                || b[15] != 'R') {
            return null;
        }
        int w = int32(b, 16);
        int h = int32(b, 20);
        return w > 0 && h > 0 ? new PictureData(b, "png", "image/png", w, h) : null;
    }

    /** Reads the size from the first start-of-frame segment. */
    private static PictureData jpeg(byte[] b) {
        if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
            return null;
        }
        int i = 2;
        while (i + 3 < b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                return null;
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                i += 2;
                continue;
            }
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                    && marker != 0xCC;
            if (startOfFrame) {
                if (i + 8 >= b.length) {
                    return null;
                }
                int h = ((b[i + 5] & 0xFF) << 8) | (b[i + 6] & 0xFF);
                int w = ((b[i + 7] & 0xFF) << 8) | (b[i + 8] & 0xFF);
                return w > 0 && h > 0 ? new PictureData(b, "jpeg", "image/jpeg", w, h) : null;
            }
            if (length < 2) {
                return null;
            }
            i += 2 + length;
        }
        return null;
    }

    private static int int32(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    /** The size that fits the picture inside a box of {@code boxCx} by {@code boxCy} EMU, keeping its proportions. */
    long[] fit(long boxCx, long boxCy) {
        double scale = Math.min((double) boxCx / width, (double) boxCy / height);
        return new long[] {Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale))};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PictureData p && p.hash == hash && Arrays.equals(p.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
