package org.onevisit.certificate;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onevisit.application.Application;
import org.onevisit.application.ResultIssuer;
import org.onevisit.audit.AuditEntry;
import org.onevisit.audit.AuditService;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.CatalogService;
import org.onevisit.catalog.Guide;
import org.onevisit.certificate.CertificateViews.Summary;
import org.onevisit.certificate.CertificateViews.Verification;
import org.onevisit.platform.JsonText;
import org.onevisit.platform.OneVisitConfig;
import org.onevisit.platform.ProblemException;
import org.onevisit.platform.Violation;
import org.onevisit.identity.AccountRepository;
import org.onevisit.workday.CalendarService;

/**
 * Issues the result of an approved case as a signed electronic certificate (证, 批复 or 备案回执), keeps
 * the register, verifies numbers for anyone, renders PDFs for holders, and revokes.
 */
@ApplicationScoped
public class CertificateService implements ResultIssuer {

    /** Form fields that say what a licence or filing covers, in order of preference. */
    private static final List<String> SCOPE_FIELDS = List.of("chemicalVarieties", "varieties", "businessMode", "retailForm",
            "operationItem", "workCategory", "projectName", "planName", "hazardName", "assessmentCategory",
            "industryCategory", "disposalType", "declarationType", "filingCategory", "changeSummary");
    private static final Pattern YEARS = Pattern.compile("(\\d+)\\s*年");
    /** Characters of the signature the QR code carries, to tell a forged document from the real one. */
    static final int SIGNATURE_CODE_LENGTH = 16;

    private final CertificateRepository certificates;
    private final CertificateSigner signer;
    private final CatalogService catalog;
    private final CalendarService calendars;
    private final AuditService audit;
    private final OneVisitConfig config;
    private final JsonText json;
    private final Vertx vertx;
    private final CertificatePdf pdf;
    private final CertificateTypes types;
    private final AccountRepository accounts;

    public CertificateService(CertificateRepository certificates, CertificateSigner signer, CatalogService catalog,
                              CalendarService calendars, AuditService audit, OneVisitConfig config, JsonText json,
                              Vertx vertx, CertificatePdf pdf, CertificateTypes types, AccountRepository accounts) {
        this.types = types;
        this.accounts = accounts;
        this.certificates = certificates;
        this.signer = signer;
        this.catalog = catalog;
        this.calendars = calendars;
        this.audit = audit;
        this.config = config;
        this.json = json;
        this.vertx = vertx;
        this.pdf = pdf;
    }

    @Override
    public Uni<Void> issue(Application approved, Guide guide) {
        return issueCertificate(approved, guide).replaceWithVoid();
    }

    /**
     * Issues the case's result within the caller's transaction (the case has just been approved): the fields its
     * certificate type requires are filled from their sources first, and a missing one fails the approval (422).
     */
    public Uni<IssuedCertificate> issueCertificate(Application a, Guide guide) {
        CertificateType type = typeOf(guide);
        LocalDate today = calendars.today();
        Optional<CertificateTypes.Definition> definition = types.forItem(a.itemCode);
        if (definition.isEmpty()) { // an item added by an administrator without a type: the generic register style
            return certificates.nextNumber(series(type), today.getYear()).chain(n -> persist(a, guide, type,
                    "CXAJ-" + series(type) + "-" + today.getYear() + "-" + String.format("%06d", n),
                    guide.result() != null && guide.result().name() != null ? guide.result().name() : type.defaultTitle(),
                    scope(a, guide), null, today, validTo(guide, today)));
        }
        CertificateTypes.Definition d = definition.get();
        Map<String, Object> form = json.object(a.formData);
        return accounts.findById(a.applicantId).chain(account -> previous(a, d, form).chain(previous -> {
            List<CertificateField> fields = CertificateContents.resolve(d,
                    new CertificateContents.Sources(form, account, guide, previous == null ? Map.of() : CertificateFieldsJson.values(previous.fields)));
            boolean keeps = d.validityOf(a.itemCode) == CertificateTypes.Validity.PREVIOUS;
            if (keeps && previous == null) {
                throw ProblemException.unprocessable("certificate-incomplete",
                        List.of(Violation.of("originalLicenceNo", "certificate.previous-missing")));
            }
            return certificates.nextNumber(d.series(), today.getYear()).chain(n -> persist(a, guide, type,
                    d.format(today.getYear(), n), d.title(), CertificateContents.scope(d, fields), fields,
                    keeps ? previous.validFrom : today, keeps ? previous.validTo : validTo(guide, today)));
        }));
    }

    /** The holder's certificate a renewal or change carries over: the one the form names, else the newest of the title. */
    private Uni<IssuedCertificate> previous(Application a, CertificateTypes.Definition d, Map<String, Object> form) {
        Object named = form.get("originalLicenceNo");
        Uni<IssuedCertificate> byName = named == null ? Uni.createFrom().nullItem() : certificates.byNumber(String.valueOf(named).trim());
        return byName.chain(c -> c != null && a.applicantId.equals(c.holderId) && d.title().equals(c.title)
                ? Uni.createFrom().item(c) : certificates.newestOfHolder(a.applicantId, d.title()));
    }

    private Uni<IssuedCertificate> persist(Application a, Guide guide, CertificateType type, String number, String title,
                                           String scope, List<CertificateField> fields, LocalDate validFrom, LocalDate validTo) {
        LocalDate today = calendars.today();
        IssuedCertificate c = new IssuedCertificate();
        c.id = UUID.randomUUID();
        c.number = number;
        c.applicationId = a.id;
        c.holderId = a.applicantId;
        c.type = type;
        c.title = title;
        c.itemCode = a.itemCode;
        // the service's name, not the application's variant (…—新申请): the document is the licence itself
        c.itemName = fields != null && guide.mainItem() != null ? guide.mainItem() : a.itemName;
        c.holderName = a.applicantName;
        c.holderIdentifier = a.applicantIdentifier;
        c.scope = scope;
        c.fields = fields == null ? null : CertificateFieldsJson.write(fields);
        c.issuer = guide.implementingBody().name();
        c.issuedAt = today;
        c.validFrom = validFrom;
        c.validTo = validTo;
        SignedCertificate signed = SignedCertificate.sign(c.payload(), signer);
        c.signature = signed.signature();
        c.algorithm = signed.algorithm();
        c.keyId = signed.keyId();
        c.status = IssuedCertificate.Status.VALID;
        c.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return certificates.persist(c);
    }

    @Override
    public Uni<ResultIssuer.Issued> issuedFor(UUID applicationId) {
        return certificates.ofApplication(applicationId)
                .map(c -> c == null ? null : new ResultIssuer.Issued(c.number, c.title, c.validFrom, c.validTo));
    }

    /** Anyone may check a number; {@code signatureCode} is the code printed in the document's QR link. */
    @WithSession
    public Uni<Verification> verify(String number, String signatureCode) {
        return certificates.byNumber(number).map(c -> {
            if (c == null) {
                throw ProblemException.notFound("problem.not-found.certificate");
            }
            boolean valid = c.signed().verify(signer);
            Boolean matches = signatureCode == null ? null : c.signature.startsWith(signatureCode) && signatureCode.length() >= 8;
            return new Verification(c.number, c.type, c.title, c.itemName, c.holderName, status(c, valid), c.issuedAt,
                    c.validFrom, c.validTo, valid, matches, c.issuer, c.scope);
        });
    }

    @WithSession
    public Uni<List<Summary>> ofHolder(UUID holderId) {
        return catalog.current().chain(cat -> certificates.ofHolder(holderId)
                .map(list -> list.stream().map(c -> summary(c, cat)).toList()));
    }

    @WithSession
    public Uni<List<Summary>> ofApplication(UUID applicationId) {
        return catalog.current().chain(cat -> certificates.ofApplication(applicationId)
                .map(c -> c == null ? List.<Summary>of() : List.of(summary(c, cat))));
    }

    /** The PDF of a certificate the caller may see ({@code holderId} null: staff). */
    @WithSession
    public Uni<byte[]> pdf(String number, UUID holderId) {
        return visible(number, holderId).chain(c -> {
            if (!pdf.available()) {
                throw new ProblemException(503, "pdf-unavailable", "problem.pdf-unavailable.detail", List.of(), List.of())
                        .retryAfter(3600);
            }
            String url = verificationUrl(c);
            return vertx.executeBlocking(Uni.createFrom().item(() -> pdf.render(c.signed(), url)));
        });
    }

    /** The same document as a web page (the PDF's template), for a certificate the caller may see. */
    @WithSession
    public Uni<String> html(String number, UUID holderId) {
        return visible(number, holderId).map(c -> pdf.html(c.signed(), verificationUrl(c)));
    }

    private Uni<IssuedCertificate> visible(String number, UUID holderId) {
        return certificates.byNumber(number).map(c -> {
            if (c == null || (holderId != null && !holderId.equals(c.holderId))) {
                throw ProblemException.notFound("problem.not-found.certificate");
            }
            return c;
        });
    }

    public Uni<Summary> revoke(String number, String reason, UUID by, String byName, String ip) {
        return Panache.withTransaction(() -> certificates.byNumber(number).chain(c -> {
            if (c == null) {
                throw ProblemException.notFound("problem.not-found.certificate");
            }
            if (c.status == IssuedCertificate.Status.REVOKED) {
                throw new ProblemException(409, "already-revoked", "problem.already-revoked.detail", List.of(), List.of());
            }
            c.status = IssuedCertificate.Status.REVOKED;
            c.revokedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            c.revokedReason = reason;
            c.revokedBy = by;
            return audit.record(new AuditEntry(by, byName, "CERTIFICATE_REVOKE", c.number, ip, AuditEntry.Result.SUCCESS, reason))
                    .chain(() -> catalog.current()).map(cat -> summary(c, cat));
        }));
    }

    Summary summary(IssuedCertificate c, Catalog cat) {
        LocalDate today = calendars.today();
        return new Summary(c.number, c.type, c.title, c.itemCode, c.itemName, c.holderName, c.holderIdentifier, c.scope,
                c.issuer, c.issuedAt, c.validFrom, c.validTo, status(c, true), c.revokedReason, c.applicationId,
                verificationUrl(c), c.validTo == null ? null : ChronoUnit.DAYS.between(today, c.validTo),
                renewalItem(cat, c.itemCode).orElse(null), CertificateFieldsJson.read(c.fields),
                renewable(c, today, config.certificates().renewalWindow()), renewableFrom(c, config.certificates().renewalWindow()));
    }

    /** The first day a renewal may be applied for: the renewal window before the last valid day. */
    static LocalDate renewableFrom(IssuedCertificate c, java.time.Period window) {
        return c.validTo == null ? null : c.validTo.minus(window);
    }

    /** Whether "apply to renew" is offered today: a valid certificate with an end, inside its renewal window. */
    static boolean renewable(IssuedCertificate c, LocalDate today, java.time.Period window) {
        LocalDate from = renewableFrom(c, window);
        return from != null && c.status == IssuedCertificate.Status.VALID && !today.isBefore(from) && !today.isAfter(c.validTo);
    }

    String status(IssuedCertificate c, boolean signatureValid) {
        return status(c, signatureValid, calendars.today());
    }

    /** INVALID when the signature fails, else REVOKED, EXPIRED (after its last valid day) or VALID. */
    static String status(IssuedCertificate c, boolean signatureValid, LocalDate today) {
        if (!signatureValid) {
            return "INVALID";
        }
        if (c.status == IssuedCertificate.Status.REVOKED) {
            return "REVOKED";
        }
        return c.validTo != null && c.validTo.isBefore(today) ? "EXPIRED" : "VALID";
    }

    /** The public verification page of a certificate, with its signature code. */
    public String verificationUrl(IssuedCertificate c) {
        String base = config.publicUrl().replaceAll("/+$", "");
        return base + "/verify/" + java.net.URLEncoder.encode(c.number, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20") + "?s=" + c.signature.substring(0, Math.min(SIGNATURE_CODE_LENGTH, c.signature.length()));
    }

    /** The item that renews a licence: another item of the same main item whose form asks for the old expiry. */
    static Optional<String> renewalItem(Catalog cat, String itemCode) {
        Guide guide = cat.find(itemCode).orElse(null);
        if (guide == null || guide.mainItem() == null) {
            return Optional.empty();
        }
        return cat.guides().stream()
                .filter(g -> !g.code().equals(itemCode) && guide.mainItem().equals(g.mainItem()))
                .filter(g -> g.form().fields().stream().anyMatch(f -> f.key().equals("originalValidUntil")))
                .map(Guide::code).findFirst();
    }

    static CertificateType typeOf(Guide guide) {
        Guide.ResultType type = guide.result() == null ? Guide.ResultType.OTHER : guide.result().type();
        return switch (type) {
            case CERTIFICATE -> CertificateType.CERTIFICATE;
            case FILING_RECEIPT -> CertificateType.FILING_RECEIPT;
            default -> CertificateType.APPROVAL;
        };
    }

    private static String series(CertificateType type) {
        return switch (type) {
            case CERTIFICATE -> "ZS"; // 证书
            case APPROVAL -> "PF"; // 批复
            case FILING_RECEIPT -> "BA"; // 备案
        };
    }

    /** The validity the guide states ("3年", "最长不超过2年"); none when it names no number of years. */
    static LocalDate validTo(Guide guide, LocalDate from) {
        String validity = guide.result() == null ? null : guide.result().validity();
        if (validity == null) {
            return null;
        }
        Matcher m = YEARS.matcher(validity);
        return m.find() ? from.plusYears(Integer.parseInt(m.group(1))).minusDays(1) : null;
    }

    /** An item without a certificate type: the first form field that says what is covered, as its value alone. */
    private String scope(Application a, Guide guide) {
        Map<String, Object> data = json.object(a.formData);
        return SCOPE_FIELDS.stream().map(data::get).filter(v -> v != null && !String.valueOf(v).isBlank())
                .map(String::valueOf).findFirst().orElse(a.itemName);
    }
}
