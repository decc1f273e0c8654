package org.onevisit.certificate;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders a signed certificate as an A4 PDF: a Qute XHTML template turned into PDF by OpenHTMLtoPDF.
 * The fonts ({@link CertificateFonts}: DejaVu Sans for Latin and symbols, WenQuanYi Micro Hei for
 * Chinese, both from the operating system) are embedded as subsets, so the document shows Chinese on
 * any viewer or printer, whether or not it has Chinese fonts itself.
 * The output is PDF/A-2u (for archiving) and tagged PDF/UA-1 (for screen readers); veraPDF 1.28
 * found samples compliant with both. A scope too long for one page continues on framed further
 * pages that repeat the number. Rendering takes about 0.1-0.3 s (the first in a JVM 1-3 s, loading
 * the font), so a caller that serves the same certificate often should keep the bytes.
 *
 * <p>The Qute engine is a standalone one (no Quarkus container needed) that HTML-escapes every value,
 * so a holder name such as {@code A&B <Ltd>} neither breaks the XHTML nor injects markup. The
 * template lives outside {@code templates/} so that the Quarkus Qute extension leaves it alone.
 * Instances are immutable and thread-safe; create one and reuse it.
 */
public final class CertificatePdf {

    static final String TEMPLATE = "/certificate/certificate.xhtml";

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");
    /** Unified social credit code (GB 32100): 18 characters without I, O, S, V, Z. */
    private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");

    /** The JDK's own sRGB ICC profile: PDF/A needs an output intent, and this one needs no extra file. */
    private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final Template template;
    private final CertificateFonts fonts;
    private final CertificateTypes types;

    public CertificatePdf(CertificateFonts fonts) {
        this(fonts, CertificateTypes.shipped());
    }

    public CertificatePdf(CertificateFonts fonts, CertificateTypes types) {
        Engine engine = Engine.builder().addDefaults().addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML))).build();
        this.template = engine.parse(resource(TEMPLATE, "UTF-8"), Variant.forContentType(Variant.TEXT_HTML));
        this.fonts = fonts;
        this.types = types;
    }

    /** Whether PDFs can be made here: false when no Chinese font is installed ({@link CertificateFonts#problem()}). */
    public boolean available() {
        return fonts.available();
    }

    /**
     * The certificate as PDF bytes.
     *
     * @param verificationUrl what the QR code encodes and the footer prints: an absolute http(s) URL, e.g. {@code https://host/verify/<number>}
     */
    public byte[] render(SignedCertificate certificate, String verificationUrl) {
        return renderXhtml(html(certificate, verificationUrl), "certificate " + certificate.payload().number());
    }

    /**
     * A sample of a result (结果样本): the same layout with sample data, marked 样本 / SAMPLE across the page, and
     * neither QR code nor signature, so that nothing on it verifies.
     */
    public byte[] renderSample(CertificatePayload sample) {
        return renderXhtml(sampleHtml(sample), "result sample " + sample.number());
    }

    String sampleHtml(CertificatePayload sample) {
        Map<String, Object> data = data(sample);
        data.put("sample", true);
        return template.data(data).render();
    }

    /**
     * Any XHTML document (escaped by its maker) as an A4 PDF with the same fonts and conformance as a
     * certificate: the guide's blank forms and samples are printed with it too. {@code what} names the
     * document in an error.
     */
    public byte[] renderXhtml(String html, String what) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        // The document is made here so the collection's face can be loaded into it; the face stays open until saved.
        try (PDDocument document = new PDDocument(); TrueTypeFont cjk = fonts.openCjk()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFastMode();
            builder.withProducer("OneVisit");
            // PDF/A-2u for archiving; as a side effect wanted here, no unembedded built-in fonts (Helvetica &c.),
            // whose set-up would make PDFBox log a dozen warnings on every render. PDF/UA: tagged for screen readers.
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
            builder.useColorProfile(SRGB_PROFILE);
            builder.usePdfUaAccessibility(true);
            fonts.symbolBytes().ifPresent(symbols -> builder.useFont(() -> new ByteArrayInputStream(symbols),
                    CertificateFonts.SYMBOL_FAMILY, 400, FontStyle.NORMAL, true));
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, cjk, true)), CertificateFonts.CJK_FAMILY,
                    400, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + what, e);
        }
        return pdf.toByteArray();
    }

    /** The XHTML the PDF is made from; also handy for a browser preview. */
    public String html(SignedCertificate certificate, String verificationUrl) {
        requireWebUrl(verificationUrl);
        Map<String, Object> data = data(certificate.payload());
        data.put("sample", false);
        data.put("qrDataUri", QrCodes.dataUri(verificationUrl));
        data.put("verificationUrl", verificationUrl);
        data.put("algorithm", certificate.algorithm());
        data.put("keyId", certificate.keyId());
        data.put("fingerprint", certificate.fingerprint());
        return template.data(data).render();
    }

    private Map<String, Object> data(CertificatePayload p) {
        Map<String, Object> data = new HashMap<>();
        data.put("title", p.title());
        data.put("issuer", p.issuer());
        data.put("number", p.number());
        CertificateTypes.Definition definition = p.fields() == null ? null : types.forItem(p.itemCode()).orElse(null);
        data.put("holderLabel", definition == null ? p.type().holderLabel() : definition.holderLabel());
        data.put("holderName", p.holderName());
        data.put("identifierLabel", CREDIT_CODE.matcher(p.holderIdentifier()).matches() ? "统一社会信用代码" : "证件号码");
        data.put("holderIdentifier", p.holderIdentifier());
        // certificates with a type's fields print the licence's own content; older ones their item and scope
        data.put("itemName", p.fields() == null ? p.itemName() : null);
        data.put("itemCode", p.itemCode());
        List<Map<String, Object>> lines = new ArrayList<>();
        if (p.fields() == null) {
            addLines(lines, p.type().scopeLabel(), p.scope());
        } else {
            p.fields().forEach(f -> addLines(lines, f.label(), f.value()));
        }
        data.put("lines", lines);
        data.put("validity", validity(p.validFrom(), p.validTo()));
        data.put("issuerLabel", p.type().issuerLabel());
        data.put("dateLabel", p.type().dateLabel());
        data.put("issuedAt", chineseDate(p.issuedAt()));
        return data;
    }

    /** One table row per line of a value, so that a long value breaks between pages; the label on the first. */
    private static void addLines(List<Map<String, Object>> rows, String label, String value) {
        String[] parts = value.isBlank() ? new String[] {"—"} : value.strip().split("\\R");
        for (int i = 0; i < parts.length; i++) {
            Map<String, Object> row = new HashMap<>();
            row.put("label", i == 0 ? label : "");
            row.put("first", i == 0);
            row.put("end", i == parts.length - 1);
            row.put("text", parts[i]);
            rows.add(row);
        }
    }

    static String chineseDate(LocalDate date) {
        return CHINESE_DATE.format(date);
    }

    static String validity(LocalDate from, LocalDate to) {
        return to == null ? "自" + chineseDate(from) + "起长期有效" : chineseDate(from) + " 至 " + chineseDate(to);
    }

    /** The URL is printed and put in the QR code: only an absolute http(s) URL, so no javascript: or file: link ends up in an official document. */
    private static void requireWebUrl(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                throw new IllegalArgumentException("The verification URL must be an absolute http(s) URL: " + url);
            }
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("The verification URL is not a valid URL: " + url, e);
        }
    }

    private static String resource(String name, String charset) {
        return new String(resourceBytes(name), java.nio.charset.Charset.forName(charset));
    }

    private static byte[] resourceBytes(String name) {
        try (InputStream in = CertificatePdf.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read resource " + name, e);
        }
    }
}
