package org.onevisit.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    private static final CertificatePdf RENDERER = new CertificatePdf(CertificateFixtures.FONTS);
    private static final EcdsaCertificateSigner SIGNER = new EcdsaCertificateSigner(EcdsaCertificateSigner.generateKeyPair());
    private static SignedCertificate certificate;
    private static byte[] pdf;

    @BeforeAll
    static void render() {
        certificate = SignedCertificate.sign(CertificateFixtures.licence(), SIGNER);
        pdf = RENDERER.render(certificate, CertificateFixtures.VERIFY_URL);
    }

    @Test
    void isASinglePageA4Pdf() throws Exception {
        assertEquals("%PDF-", new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            PDRectangle box = document.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 1f);
            assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 1f);
            assertTrue(document.getDocumentInformation().getTitle().contains(CertificateFixtures.TITLE));
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfaid:part") && xmp.contains("pdfuaid:part"), "declares PDF/A and PDF/UA:\n" + xmp);
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "tagged PDF");
        }
    }

    @Test
    void chineseTextIsRealTextInTheEmbeddedFont() throws Exception {
        String text = text(pdf);
        CertificatePayload p = certificate.payload();
        for (String expected : List.of(CertificateFixtures.HOLDER, CertificateFixtures.TITLE, CertificateFixtures.ISSUER,
                CertificateFixtures.NUMBER, p.holderIdentifier(), p.itemName(), "批发：汽油、柴油[闭杯闪点≤60℃]、乙醇[无水]",
                "统一社会信用代码", "2026年11月27日 至 2029年11月26日", "发证日期：2026年11月27日",
                certificate.keyId(), certificate.fingerprint(), "ES256", CertificateFixtures.VERIFY_URL)) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
        }
        assertFalse(text.contains("#"), "OpenHTMLtoPDF prints # for glyphs no font has");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            PDPage page = document.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                fonts.add(font.getName());
            }
            assertTrue(fonts.stream().anyMatch(f -> f.contains("WenQuanYi")), fonts.toString());
            assertTrue(fonts.stream().anyMatch(f -> f.contains("DejaVu")), "℃ and the digits come from DejaVu Sans: " + fonts);
        }
    }

    @Test
    void qrCodeOnThePageLeadsToTheVerificationUrl() throws Exception {
        assertEquals(CertificateFixtures.VERIFY_URL, CertificateFixtures.decodeQr(QrCodes.png(CertificateFixtures.VERIFY_URL)));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            assertEquals(CertificateFixtures.VERIFY_URL, CertificateFixtures.decodeQr(page));
        }
    }

    @Test
    void everyTypeRendersWithItsTitleAndLabels() throws Exception {
        SignedCertificate receipt = SignedCertificate.sign(CertificateFixtures.filingReceipt(), SIGNER);
        String text = text(RENDERER.render(receipt, "https://onevisit.example.org/verify/CXBA-2026-0042"));
        for (String expected : List.of("备案回执", "备案单位", "张伟", "证件号码", "3302**********1234", "备案内容", "自2026年3月2日起长期有效",
                "备案机关：慈溪市应急管理局", "备案日期：2026年3月2日")) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
        }
        CertificatePayload l = CertificateFixtures.licence();
        SignedCertificate approval = SignedCertificate.sign(new CertificatePayload("CXXK-2026-0007", CertificateType.APPROVAL,
                CertificateType.APPROVAL.defaultTitle(), l.itemCode(), l.itemName(), l.holderName(), l.holderIdentifier(),
                l.scope(), l.issuer(), l.issuedAt(), l.validFrom(), l.validTo()), SIGNER);
        String approvalText = text(RENDERER.render(approval, "https://onevisit.example.org/verify/CXXK-2026-0007"));
        assertTrue(approvalText.contains("准予行政许可决定书"), approvalText);
        assertTrue(approvalText.contains("申请人"), approvalText);
        assertTrue(approvalText.contains("决定机关：慈溪市应急管理局"), approvalText);
    }

    @Test
    void aTitleOnTwoLinesStillFitsTheCertificateOnOnePage() throws Exception {
        // the longest result name of the 2018 catalogue, as the filing receipt of item 100010300000 carries it
        CertificatePayload f = CertificateFixtures.filingReceipt();
        SignedCertificate longTitle = SignedCertificate.sign(new CertificatePayload(f.number(), f.type(),
                "第三类非药品类易制毒化学品经营备案证明", f.itemCode(), "第三类非药品类易制毒化学品经营备案", f.holderName(),
                f.holderIdentifier(), "经营品种：甲苯、丙酮", f.issuer(), f.issuedAt(), f.validFrom(), f.issuedAt().plusYears(3)), SIGNER);
        try (PDDocument document = Loader.loadPDF(RENDERER.render(longTitle, CertificateFixtures.VERIFY_URL))) {
            assertEquals(1, document.getNumberOfPages(), "the QR code and the issuer belong on the certificate's page");
            assertEquals(CertificateFixtures.VERIFY_URL, CertificateFixtures.decodeQr(new PDFRenderer(document).renderImageWithDPI(0, 150)));
        }
    }

    @Test
    void aLongScopeFlowsOntoAFramedSecondPageWithNothingLost() throws Exception {
        CertificatePayload l = CertificateFixtures.licence();
        StringBuilder scope = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            scope.append(i).append("．危险化学品品名第").append(i).append("号（CAS 64-17-5）\n");
        }
        SignedCertificate longOne = SignedCertificate.sign(new CertificatePayload(l.number(), l.type(), l.title(), l.itemCode(),
                l.itemName(), l.holderName(), l.holderIdentifier(), scope.toString(), l.issuer(), l.issuedAt(), l.validFrom(),
                l.validTo()), SIGNER);
        byte[] bytes = RENDERER.render(longOne, CertificateFixtures.VERIFY_URL);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertTrue(document.getNumberOfPages() >= 2, "pages: " + document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            for (int i = 1; i <= 60; i++) {
                assertTrue(text.contains("危险化学品品名第" + i + "号"), "line " + i);
            }
            assertTrue(text.contains("发证机关：" + CertificateFixtures.ISSUER));
            BufferedImage last = new PDFRenderer(document).renderImageWithDPI(document.getNumberOfPages() - 1, 150);
            assertEquals(CertificateFixtures.VERIFY_URL, CertificateFixtures.decodeQr(last));
        }
    }

    @Test
    void valuesAreEscapedNotInterpretedAsMarkup() throws Exception {
        CertificatePayload l = CertificateFixtures.licence();
        SignedCertificate tricky = SignedCertificate.sign(new CertificatePayload(l.number(), l.type(), l.title(), l.itemCode(),
                l.itemName(), "A&B <b>化工</b> \"贸易\"", l.holderIdentifier(), "<script>x</script>", l.issuer(), l.issuedAt(),
                l.validFrom(), LocalDate.of(2030, 1, 1)), SIGNER);
        String html = RENDERER.html(tricky, CertificateFixtures.VERIFY_URL);
        assertTrue(html.contains("A&amp;B &lt;b&gt;化工&lt;/b&gt; &quot;贸易&quot;"), html);
        assertFalse(html.contains("<script>"));
        assertTrue(text(RENDERER.render(tricky, CertificateFixtures.VERIFY_URL)).contains("A&B <b>化工</b> \"贸易\""));
    }

    @Test
    void onlyWebVerificationUrlsAreAccepted() {
        for (String url : new String[] {"javascript:alert(1)", "file:///etc/passwd", "/verify/1", "not a url", null}) {
            assertThrows(IllegalArgumentException.class, () -> RENDERER.html(certificate, url), String.valueOf(url));
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
