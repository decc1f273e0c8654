package org.onevisit.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The machine's certificate fonts draw every character a certificate is likely to hold: none prints as a blank or a box. */
class CertificateFontTest {

    @Test
    void everyCommonHanziAndSymbolHasAVisibleGlyph() throws Exception {
        CertificateFonts fonts = CertificateFixtures.FONTS;
        assertTrue(fonts.available(), fonts.problem());
        assertTrue(fonts.symbolPath().isPresent(), "DejaVu Sans (fonts-dejavu-core) draws the symbols WenQuanYi leaves blank");
        // U+4E00..U+9FA5: the CJK Unified Ideographs of GBK / GB 18030's core, which covers names and place names.
        String hanzi = IntStream.rangeClosed(0x4E00, 0x9FA5).mapToObj(Character::toString).collect(Collectors.joining());
        assertEquals(List.of(), fonts.blankGlyphs(hanzi + CertificateFonts.SAMPLE + CertificateFixtures.HOLDER));
    }

    @Test
    void withoutTheSymbolFontTheGapsOfWenQuanYiAreFound() throws Exception {
        CertificateFonts cjkOnly = CertificateFonts.locate(Optional.of(CertificateFixtures.FONTS.cjkPath()), Optional.empty(),
                List.of(), List.of());
        assertTrue(cjkOnly.symbolPath().isEmpty());
        List<String> blank = cjkOnly.blankGlyphs(CertificateFonts.SAMPLE);
        assertTrue(blank.contains("℃(U+2103)"), blank.toString());
        assertEquals(List.of(), cjkOnly.blankGlyphs(CertificateFixtures.HOLDER + "，。（）0-9"));
    }

    @Test
    void noChineseFontLeavesPdfsUnavailableWithAnInstruction() {
        CertificateFonts none = CertificateFonts.locate(Optional.empty(), Optional.empty(), List.of(Path.of("/no/such.ttc")), List.of());
        assertFalse(none.available());
        assertTrue(none.problem().contains("fonts-wqy-microhei") && none.problem().contains("ONEVISIT_CERTIFICATES_CJK_FONT"),
                none.problem());
        CertificatePdf pdf = new CertificatePdf(none);
        assertFalse(pdf.available());
        assertThrows(IllegalStateException.class, () -> pdf.render(
                SignedCertificate.sign(CertificateFixtures.licence(), new EcdsaCertificateSigner(EcdsaCertificateSigner.generateKeyPair())),
                CertificateFixtures.VERIFY_URL));
    }

    @Test
    void aConfiguredFontThatIsNotThereStopsTheStart() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CertificateFonts.locate(Optional.of(Path.of("/no/such/font.ttc")), Optional.empty()));
        assertTrue(e.getMessage().contains("/no/such/font.ttc"), e.getMessage());
    }
}
