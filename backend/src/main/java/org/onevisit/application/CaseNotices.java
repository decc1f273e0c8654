package org.onevisit.application;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import org.onevisit.catalog.CatalogService;
import org.onevisit.catalog.Guide;
import org.onevisit.location.Location;
import org.onevisit.location.LocationService;
import org.onevisit.platform.ProblemException;
import org.onevisit.platform.storage.SafeFileName;
import org.onevisit.workday.WorkdayCalendar;

/**
 * The printable notices of a case (Qute, A4): acceptance (受理通知书), non-acceptance (不予受理通知书),
 * the one-time correction notice (一次性告知书) and the decision (准予/不予许可决定书).
 */
@ApplicationScoped
public class CaseNotices {

    private final ApplicationRepository applications;
    private final CaseViews views;
    private final CatalogService catalog;
    private final LocationService locations;

    private final ResultIssuer results;

    public CaseNotices(ApplicationRepository applications, CaseViews views, CatalogService catalog, LocationService locations,
                       ResultIssuer results) {
        this.results = results;
        this.applications = applications;
        this.views = views;
        this.catalog = catalog;
        this.locations = locations;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notice(Notice notice);
    }

    /** What a notice shows. Dates are calendar days in the bureau's time zone. */
    public record Notice(NoticeKind kind, String title, String bureau, String number, String applicantName,
                         String applicantIdentifier, String itemName, String itemCode, LocalDate submittedOn,
                         LocalDate acceptedOn, LocalDate decidedOn, LocalDate issuedOn, LocalDate dueDate, int promisedDays,
                         String location, String reason, List<CorrectionItem> items, String comment, boolean approved,
                         String remedies, String consultationPhone, String complaintPhone, String decisionNumber,
                         String decisionTitle, ResultIssuer.Issued result, String resultValidity, Visit visit,
                         String checkCode) {}

    /** The acceptance notice's word on the one visit: when it happens and the originals to bring (null: no visit). */
    public record Visit(String when, String reason, List<Guide.Original> originals, boolean made) {}

    /** A rendered notice and the name it is saved under: {@code <case number>-<title>.html}. */
    public record Page(String fileName, String html) {

        /** The page, shown inline, saved under its name, never cached by a shared cache. */
        Response response() {
            return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, SafeFileName.inlineDisposition(fileName))
                    .header("Cache-Control", "private, no-store")
                    .build();
        }
    }

    @WithSession
    public Uni<Page> render(java.util.UUID id, String slug, Function<Application, Application> access) {
        return applications.findById(id).map(access).chain(a -> {
            NoticeKind kind = NoticeKind.ofSlug(slug).filter(k -> CaseViews.notices(a).contains(k))
                    .orElseThrow(() -> ProblemException.notFound("problem.not-found.notice"));
            Uni<ResultIssuer.Issued> result = kind == NoticeKind.DECISION ? results.issuedFor(a.id) : Uni.createFrom().nullItem();
            return catalog.version(a.itemCode, a.itemVersion).chain(guide -> result.chain(issued -> locations.all().map(all -> notice(a, kind, guide,
                            all.stream().filter(l -> l.code().equals(a.locationCode)).map(Location::name).findFirst().orElse(null), issued))))
                    .chain(notice -> Templates.notice(notice).createUni()
                            .map(html -> new Page(notice.number() + "-" + notice.title() + ".html", html)));
        });
    }

    private Notice notice(Application a, NoticeKind kind, Guide guide, String location, ResultIssuer.Issued issued) {
        String title = switch (kind) {
            case ACCEPTANCE -> "受理通知书";
            case NON_ACCEPTANCE -> "不予受理通知书";
            case CORRECTION -> "补正材料一次性告知书";
            case DECISION -> decisionTitle(guide, a.state != ApplicationState.DENIED);
        };
        LocalDate issuedOn = switch (kind) {
            case ACCEPTANCE -> day(a.acceptedAt);
            case CORRECTION -> day(a.correctionRequestedAt);
            case NON_ACCEPTANCE, DECISION -> day(a.decidedAt);
        };
        String reason = kind == NoticeKind.NON_ACCEPTANCE || kind == NoticeKind.DECISION ? a.decisionReason : null;
        return new Notice(kind, title, guide.implementingBody().name(), a.number, a.applicantName, a.applicantIdentifier,
                a.itemName, a.itemCode, day(a.submittedAt), day(a.acceptedAt), day(a.decidedAt), issuedOn, a.dueDate,
                guide.promisedDays(), location, reason, kind == NoticeKind.CORRECTION ? views.correctionItems(a) : List.of(),
                kind == NoticeKind.CORRECTION ? a.correctionComment : null, a.state != ApplicationState.DENIED,
                a.remedies, guide.contact() == null ? null : guide.contact().consultationPhone(),
                guide.contact() == null ? null : guide.contact().complaintPhone(), a.decisionNumber,
                decisionTitle(guide, a.state != ApplicationState.DENIED), issued,
                issued == null ? null : validity(issued),
                kind == NoticeKind.ACCEPTANCE && guide.visits() >= 1 ? new Visit(guide.visitMoment() == null ? "到现场一次"
                        : guide.visitMoment().zh, guide.visitReason(), guide.visitOriginals(), a.visits > 0) : null,
                a.checkCode);
    }

    /** The decision letter's title: licensing has its statutory names, other items the equivalent decision. */
    static String decisionTitle(Guide guide, boolean approved) {
        return switch (guide.type()) {
            case LICENSING -> approved ? "准予行政许可决定书" : "不予行政许可决定书";
            case REVIEW_AND_FORWARD -> approved ? "初审转报决定书" : "不予转报决定书";
            case OTHER -> approved ? "准予办理决定书" : "不予办理决定书";
        };
    }

    private static String validity(ResultIssuer.Issued r) {
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("uuuu年M月d日");
        return r.validTo() == null ? "自" + f.format(r.validFrom()) + "起长期有效" : f.format(r.validFrom()) + "至" + f.format(r.validTo());
    }

    private static LocalDate day(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(WorkdayCalendar.ZONE).toLocalDate();
    }
}
