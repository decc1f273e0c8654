package org.onevisit.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

/**
 * QR codes for verification links. Error correction level M survives a crease or a stain on a
 * printout; the 4-module quiet zone is what scanners expect around the code.
 */
public final class QrCodes {

    /** Side of the PNG in pixels: sharp when printed at about 3 cm. */
    public static final int DEFAULT_SIZE = 360;
    /** A verification URL is short; anything longer is a mistake and makes a dense, hard-to-scan code. */
    public static final int MAX_LENGTH = 1024;

    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.CHARACTER_SET, "UTF-8",
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN, 4);

    private QrCodes() {
    }

    /** The text (typically a URL) as a black-on-white PNG of about {@code size}×{@code size} pixels. */
    public static byte[] png(String text, int size) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A QR code needs a non-blank text of at most " + MAX_LENGTH + " characters");
        }
        if (size < 64 || size > 4096) {
            throw new IllegalArgumentException("QR code size " + size + " is outside 64..4096 pixels");
        }
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, HINTS);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode this text as a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png(String text) {
        return png(text, DEFAULT_SIZE);
    }

    /** The PNG as a {@code data:} URI, for an {@code <img>} in HTML or in the PDF template. */
    public static String dataUri(String text, int size) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text, size));
    }

    public static String dataUri(String text) {
        return dataUri(text, DEFAULT_SIZE);
    }
}
