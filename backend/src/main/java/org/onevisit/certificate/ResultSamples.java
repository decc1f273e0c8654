package org.onevisit.certificate;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.onevisit.catalog.CatalogService;
import org.onevisit.catalog.Guide;
import org.onevisit.platform.ProblemException;
import org.onevisit.workday.CalendarService;

/**
 * The result sample a guide lists (结果样本): the item's certificate type drawn with sample data, marked
 * 样本 / SAMPLE, without QR code or signature. Select fields show their first option, fixed wording its
 * text, anything else ××××.
 */
@ApplicationScoped
public class ResultSamples {

    private final CatalogService catalog;
    private final CertificateTypes types;
    private final CertificatePdf pdf;
    private final CalendarService calendars;
    private final Vertx vertx;

    public ResultSamples(CatalogService catalog, CertificateTypes types, CertificatePdf pdf, CalendarService calendars, Vertx vertx) {
        this.catalog = catalog;
        this.types = types;
        this.pdf = pdf;
        this.calendars = calendars;
        this.vertx = vertx;
    }

    public Uni<byte[]> pdf(String itemCode) {
        return catalog.current().chain(cat -> {
            Guide guide = cat.find(itemCode).orElseThrow(() -> ProblemException.notFound("problem.not-found.item", itemCode));
            if (!pdf.available()) {
                throw new ProblemException(503, "pdf-unavailable", "problem.pdf-unavailable.detail", List.of(), List.of()).retryAfter(3600);
            }
            CertificatePayload sample = sample(guide, calendars.today());
            return vertx.executeBlocking(Uni.createFrom().item(() -> pdf.renderSample(sample)));
        });
    }

    CertificatePayload sample(Guide guide, LocalDate today) {
        CertificateType type = CertificateService.typeOf(guide);
        boolean person = guide.serviceObjects() != null && guide.serviceObjects().contains(Guide.ServiceObject.NATURAL_PERSON)
                && !guide.serviceObjects().contains(Guide.ServiceObject.LEGAL_PERSON);
        String holder = person ? "张××" : "慈溪市××××有限公司";
        String identifier = person ? "3302**********0000" : "91330282××××××××××";
        LocalDate validTo = CertificateService.validTo(guide, today);
        return types.forItem(guide.code()).map(d -> {
            List<CertificateField> fields = d.fields().stream()
                    .map(f -> new CertificateField(f.key(), f.label(), sampleValue(f, guide))).toList();
            return new CertificatePayload(d.format(today.getYear(), 0), type, d.title(), guide.code(),
                    guide.mainItem() != null ? guide.mainItem() : guide.name(), holder, identifier,
                    CertificateContents.scope(d, fields), guide.implementingBody().name(), today, today,
                    validTo == null ? null : validTo, fields);
        }).orElseGet(() -> new CertificatePayload("样本", type,
                guide.result() != null && guide.result().name() != null ? guide.result().name() : type.defaultTitle(),
                guide.code(), guide.name(), holder, identifier, "××××", guide.implementingBody().name(), today, today, validTo,
                List.of()));
    }

    private static String sampleValue(CertificateTypes.FieldDefinition f, Guide guide) {
        for (String source : f.from()) {
            if (source.startsWith("text:")) {
                return source.substring(5);
            }
        }
        String suffix = f.suffix() == null ? "" : f.suffix();
        return f.formKey().flatMap(key -> guide.form().fields().stream().filter(ff -> ff.key().equals(key)).findFirst())
                .filter(ff -> ff.options() != null && !ff.options().isEmpty())
                .map(ff -> ff.options().get(0) + suffix).orElse("××××" + suffix);
    }

}
