package org.onevisit.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** The shipped font draws every character a certificate is likely to hold: none prints as a blank or a box. */
class CertificateFontTest {

    private static final String SYMBOLS = "℃℉≤≥±×÷‰°％（）【】〔〕《》「」、。，：；！？—…·ǎǐǒǔǘǚǜüéÅⅤⅩ∼"
            + "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_/:.?&=#%*[]()";

    @Test
    void everyCommonHanziAndSymbolHasAVisibleGlyph() throws Exception {
        try (InputStream in = CertificatePdf.class.getResourceAsStream(CertificatePdf.FONT)) {
            assertNotNull(in, CertificatePdf.FONT);
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            assertEquals("WenQuanYi Micro Hei", font.getNaming().getFontFamily());
            CmapLookup cmap = font.getUnicodeCmapLookup();
            List<String> blank = new ArrayList<>();
            // U+4E00..U+9FA5: the CJK Unified Ideographs of GBK / GB 18030's core, which covers names and place names.
            IntStream.concat(IntStream.rangeClosed(0x4E00, 0x9FA5), (SYMBOLS + CertificateFixtures.HOLDER).codePoints())
                    .forEach(cp -> {
                        int gid = cmap.getGlyphId(cp);
                        try {
                            GlyphData glyph = gid == 0 ? null : font.getGlyph().getGlyph(gid);
                            if (glyph == null || glyph.getPath().getBounds2D().isEmpty()) {
                                blank.add(new String(Character.toChars(cp)) + String.format("(U+%04X)", cp));
                            }
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
            assertEquals(List.of(), blank);
        }
    }
}
