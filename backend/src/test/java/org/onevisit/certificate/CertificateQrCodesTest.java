package org.onevisit.certificate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class CertificateQrCodesTest {

    @Test
    void pngDecodesToTheUrl() throws Exception {
        for (String url : new String[] {CertificateFixtures.VERIFY_URL,
                "https://onevisit.example.org/verify/%E6%B5%99%E7%94%AC%E6%85%88?k=1&x=y#z",
                "https://慈溪.example.org/verify/浙甬慈安经字〔2026〕000123"}) {
            byte[] png = QrCodes.png(url);
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(QrCodes.DEFAULT_SIZE, image.getWidth());
            assertEquals(url, CertificateFixtures.decodeQr(png));
        }
    }

    @Test
    void dataUriCarriesTheSamePng() {
        String uri = QrCodes.dataUri(CertificateFixtures.VERIFY_URL, 200);
        assertTrue(uri.startsWith("data:image/png;base64,"));
        byte[] png = Base64.getDecoder().decode(uri.substring("data:image/png;base64,".length()));
        assertEquals(CertificateFixtures.VERIFY_URL, CertificateFixtures.decodeQr(png));
    }

    @Test
    void rejectsUnusableInput() {
        assertThrows(IllegalArgumentException.class, () -> QrCodes.png(""));
        assertThrows(IllegalArgumentException.class, () -> QrCodes.png(null));
        assertThrows(IllegalArgumentException.class, () -> QrCodes.png("https://x/" + "a".repeat(QrCodes.MAX_LENGTH)));
        assertThrows(IllegalArgumentException.class, () -> QrCodes.png(CertificateFixtures.VERIFY_URL, 10));
    }
}
