package org.onevisit.catalog;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.onevisit.catalog.Guide.FieldType;
import org.onevisit.catalog.Guide.FormField;
import org.onevisit.catalog.Guide.Material;
import org.onevisit.certificate.CertificatePdf;
import org.onevisit.platform.ProblemException;

/**
 * The documents a guide lists for the applicant to fill in, generated from the item's form definition:
 * the blank application form (申请书) and the same form filled with example values (填写样例). Printed by
 * the certificate renderer (same fonts, PDF/A); a published guide version never changes, so each PDF is
 * made once per version and kept.
 */
@ApplicationScoped
public class GuideDocuments {

    /** The two documents, with the word the download's file name ends in. */
    public enum Kind {
        APPLICATION_FORM("申请书"), FILLED_SAMPLE("填写样例");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    static final String TEMPLATE = "/catalog/documents/application-form.xhtml";

    private final CertificatePdf renderer;
    private final Template template;
    private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();

    public GuideDocuments(CertificatePdf renderer) {
        this.renderer = renderer;
        Engine engine = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver())
                .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML))).build();
        this.template = engine.parse(resource(), Variant.forContentType(Variant.TEXT_HTML));
    }

    /** The PDF of the guide's document; 503 (as for certificates) when the Chinese font is missing. */
    public byte[] pdf(Guide guide, Kind kind) {
        if (!renderer.available()) {
            throw new ProblemException(503, "pdf-unavailable", "problem.pdf-unavailable.detail", List.of(), List.of())
                    .retryAfter(3600);
        }
        return rendered.computeIfAbsent(tag(guide, kind), k -> renderer.renderXhtml(html(guide, kind), k));
    }

    /** Names this rendering: changes with the guide's version (an ETag). */
    public static String tag(Guide guide, Kind kind) {
        return guide.code() + "-v" + guide.version() + "-" + kind.name().toLowerCase();
    }

    /** The download's name, e.g. {@code 烟花爆竹经营（零售）许可证核发-申请书.pdf}. */
    public static String fileName(Guide guide, Kind kind) {
        return guide.name().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-") + "-" + kind.label + ".pdf";
    }

    /**
     * The material the application form is handed in as: the first one the guide names a blank form for
     * (申请书、申请表、申报表). Its blank form and sample are the documents made here.
     */
    public static Optional<Material> formMaterial(Guide guide) {
        return guide.materials() == null ? Optional.empty()
                : guide.materials().stream().filter(m -> m.blankForm() != null && !m.blankForm().isBlank()).findFirst();
    }

    /** The form's title: the name of the form material without its annex, or the item's name and 申请表. */
    static String title(Guide guide) {
        return formMaterial(guide).map(m -> m.name().replaceAll("[（(][^）)]*[）)]$", ""))
                .orElse(guide.name() + "申请表");
    }

    String html(Guide guide, Kind kind) {
        boolean sample = kind == Kind.FILLED_SAMPLE;
        Map<String, Object> data = new HashMap<>();
        data.put("sample", sample);
        data.put("title", title(guide));
        data.put("itemName", guide.name());
        data.put("itemCode", guide.code());
        data.put("issuer", guide.implementingBody() == null ? "" : guide.implementingBody().name());
        List<FormField> fields = guide.form() == null || guide.form().fields() == null ? List.of() : guide.form().fields();
        data.put("fields", fields.stream().map(f -> Line.of(f, sample)).toList());
        data.put("materials", guide.materials() == null ? List.of() : guide.materials().stream().map(Entry::of).toList());
        data.put("signer", fields.stream().filter(f -> f.key().equals("legalRepresentative") || f.key().equals("applicantName"))
                .findFirst().map(FormSamples::display).orElse("张伟"));
        return template.data(data).render();
    }

    /** One field as printed: its value (sample) or a blank, the choices of a select or checkbox. */
    public record Line(String label, boolean required, String help, boolean tall, String value, List<Choice> options) {

        static Line of(FormField f, boolean sample) {
            String value = sample ? FormSamples.display(f) : "";
            List<Choice> options = List.of();
            if (f.type() == FieldType.SELECT && f.options() != null) {
                options = f.options().stream().map(o -> new Choice(o, sample && o.equals(value))).toList();
            } else if (f.type() == FieldType.CHECKBOX) {
                options = List.of(new Choice("同意", sample));
            }
            return new Line(f.label(), f.required(), f.help(), f.type() == FieldType.TEXTAREA, value, options);
        }
    }

    public record Choice(String text, boolean chosen) {}

    /** A line of the materials checklist. */
    public record Entry(String name, String necessity, String copies) {

        static Entry of(Material m) {
            return new Entry(m.name(), GuideLabels.zh(m.necessity()), "原件 " + m.originals() + "，复印件 " + m.copies());
        }
    }

    private static String resource() {
        try (InputStream in = GuideDocuments.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + TEMPLATE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
