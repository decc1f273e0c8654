package org.onevisit.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * A standardised service guide (办事指南): every element of the national implementation list,
 * as published for one version of one service item. The default catalogue ships in this shape
 * ({@code catalog/items-2018.json}) and the API returns it as is.
 */
@JsonIgnoreProperties(value = {"zeroVisit", "maxOneVisit", "online", "visitOriginals"}, allowGetters = true)
public record Guide(
        // identity
        String code,
        String implementationCode,
        String name,
        ItemType type,
        String subType,
        String mainItem,
        int version,
        ItemStatus status,
        LocalDate effectiveDate,
        LocalDate cancellationDate,
        // authority and law
        List<LegalBasis> legalBases,
        Body implementingBody,
        Body delegatingBody,
        List<ServiceObject> serviceObjects,
        String theme,
        String quantityLimit,
        String rightsAndDuties,
        // conditions
        List<String> acceptanceConditions,
        List<String> nonAcceptanceCases,
        String provisionalAcceptanceScope,
        // materials and the application form
        List<Material> materials,
        Form form,
        // process and time
        ProcessKind kind,
        List<Step> steps,
        Integer statutoryDays,
        Integer statutoryExtensionDays,
        int promisedDays,
        List<SpecialProcedure> specialProcedures,
        // fees
        Fee fee,
        // channels and visits
        Channels channels,
        int visits,
        String visitReason,
        @Schema(description = "When the one visit happens (required when visits ≥ 1, absent when 0)") VisitMoment visitMoment,
        ServiceCenter serviceCenter,
        CityWide cityWide,
        // result
        Result result,
        // contact and remedies
        Contact contact,
        Remedies remedies,
        List<Faq> faq) {

    @JsonProperty("zeroVisit")
    @Schema(readOnly = true, description = "No visit to a window is needed (零跑腿): visits = 0")
    public boolean zeroVisit() {
        return visits == 0;
    }

    @JsonProperty("maxOneVisit")
    @Schema(readOnly = true, description = "At most one visit (最多跑一次): visits ≤ 1")
    public boolean maxOneVisit() {
        return visits <= 1;
    }

    /**
     * What to bring to the visit: the materials handed in as originals (form ORIGINAL or ORIGINAL_AND_COPY), with
     * their counts; empty for a zero-visit item. The SPA, the notices and the messages all read this one list.
     */
    @JsonProperty("visitOriginals")
    @Schema(readOnly = true, description = "The originals to bring to the visit (materials in ORIGINAL or ORIGINAL_AND_COPY "
            + "form, with counts); empty for a zero-visit item")
    public List<Original> visitOriginals() {
        if (visits == 0 || materials == null) {
            return List.of();
        }
        return materials.stream().filter(m -> m != null && (m.form() == MaterialForm.ORIGINAL
                        || m.form() == MaterialForm.ORIGINAL_AND_COPY))
                .map(m -> new Original(m.code(), m.name(), Math.max(1, m.originals()),
                        m.form() == MaterialForm.ORIGINAL_AND_COPY ? m.copies() : 0, m.necessity()))
                .toList();
    }

    @JsonProperty("online")
    @Schema(readOnly = true, description = "Can be applied for online")
    public boolean online() {
        return channels != null && channels.online();
    }

    public boolean cityWideEnabled() {
        return cityWide != null && cityWide.enabled();
    }

    public boolean inServiceCenter() {
        return serviceCenter != null && serviceCenter.inServiceCenter();
    }

    public enum ItemType { LICENSING, REVIEW_AND_FORWARD, OTHER }

    public enum ItemStatus { ACTIVE, SUSPENDED, CANCELLED }

    public enum ServiceObject { NATURAL_PERSON, LEGAL_PERSON }

    public enum ProcessKind { IMMEDIATE, PROMISED }

    /** One article of a law or order that grounds the item. */
    public record LegalBasis(String law, String article, String text) {}

    /** An administrative body: the implementing body or the body that delegated the power. */
    public record Body(String name, String creditCode) {}

    public enum MaterialForm { ORIGINAL, COPY, ORIGINAL_AND_COPY }

    public enum Medium { PAPER, ELECTRONIC, PAPER_OR_ELECTRONIC }

    /** REQUIRED, OPTIONAL, or PROVISIONAL (容缺: may be supplied after acceptance). */
    public enum Necessity { REQUIRED, OPTIONAL, PROVISIONAL }

    public enum MaterialSource { APPLICANT, GOVERNMENT, OTHER }

    /** REGISTER: a certificate the bureau itself issued; LICENCE_LIBRARY: the electronic licence library (e.g. 营业执照). */
    public enum Retrieval { REGISTER, LICENCE_LIBRARY }

    /** One material the applicant hands in; {@code code} is stable across versions (uploads refer to it). */
    @JsonIgnoreProperties(value = "required", allowGetters = true)
    public record Material(
            String code,
            String name,
            MaterialForm form,
            Medium medium,
            int originals,
            int copies,
            Necessity necessity,
            String notRequiredWhen,
            MaterialSource source,
            String sourceDetail,
            String blankForm,
            String sample,
            String fillingNotes,
            String acceptanceStandard,
            String legalBasis,
            boolean eCertificateAccepted,
            @Schema(description = "Where the bureau can take this material from, with the applicant's authorisation, instead of an upload (数据多跑路)")
            Retrieval retrievableFrom,
            @Schema(description = "REGISTER: the items whose certificates in the register are this material")
            List<String> registerItems) {

        @JsonProperty("required")
        @Schema(readOnly = true, description = "The material must be handed in (necessity REQUIRED)")
        public boolean required() {
            return necessity == Necessity.REQUIRED;
        }
    }

    /** The fields an application for the item needs; the SPA renders them and the server checks them. */
    public record Form(List<FormField> fields) {}

    public enum FieldType {
        @JsonProperty("text") TEXT, @JsonProperty("textarea") TEXTAREA, @JsonProperty("number") NUMBER,
        @JsonProperty("date") DATE, @JsonProperty("select") SELECT, @JsonProperty("mobile") MOBILE,
        @JsonProperty("checkbox") CHECKBOX, @JsonProperty("creditCode") CREDIT_CODE, @JsonProperty("idNumber") ID_NUMBER
    }

    /**
     * One form field. {@code min}/{@code max} bound a number's value or a text's length; {@code pattern}
     * is a regular expression a text must match; {@code options} are a select's choices.
     */
    public record FormField(String key, String label, FieldType type, boolean required, List<String> options,
                            String pattern, Double min, Double max, String help) {}

    /** A step of the procedure (受理, 审核, 审批, 办结, 送达 …) with its own limit in working days. */
    public record Step(String name, String department, Integer days, String description) {}

    /**
     * Hearing, testing, expert review, site inspection: time not counted in the limit. {@code mandatory}: the legal
     * basis requires the step for every case, so the reviewer cannot recommend until it was done (started and ended)
     * or marked not needed with a reason.
     */
    public record SpecialProcedure(String name, Integer maxDays, String legalBasis,
                                   @Schema(description = "The law requires this step in every case: it must be done or "
                                           + "explicitly marked not needed before the review ends") boolean mandatory) {}

    /**
     * When the one visit of a visits = 1 item happens: ACCEPTANCE (originals checked at the window when the case is
     * accepted, or on a separate "originals checked" visit), PICKUP (collecting or exchanging the paper result at the
     * window), SITE_CHECK (the applicant present at the site inspection), MEETING (the expert review meeting), EXAM
     * (the examination). {@code zh} is the Chinese wording used in notices and messages.
     */
    @Schema(name = "VisitMoment", description = "When the one visit happens: ACCEPTANCE (originals checked at the window), "
            + "PICKUP (paper result collected or exchanged at the window), SITE_CHECK (applicant present at the site "
            + "inspection), MEETING (expert review meeting), EXAM (the examination)")
    public enum VisitMoment {
        ACCEPTANCE("受理时到窗口核验原件"), PICKUP("领取（换领）结果时到窗口"), SITE_CHECK("现场核查时申请人在场"),
        MEETING("参加专家评审会"), EXAM("参加考试");

        public final String zh;

        VisitMoment(String zh) {
            this.zh = zh;
        }
    }

    /** An original to bring to the visit: how many originals, and how many copies besides. */
    @Schema(name = "VisitOriginal")
    public record Original(String code, String name, int originals, int copies, Necessity necessity) {}

    public record Fee(boolean charged, List<FeeItem> items, String reductions) {}

    public record FeeItem(String name, String standard, String legalBasis) {}

    public enum OnlineDepth { I, II, III, IV }

    public enum ApplyForm { WINDOW, ONLINE, POST }

    public record Channels(
            boolean online,
            OnlineDepth onlineDepth,
            String onlineUrl,
            List<ApplyForm> applyForms,
            boolean postIn,
            boolean postOut,
            boolean appointment,
            boolean selfServiceTerminal) {}

    public record ServiceCenter(boolean inServiceCenter, String hall, String window) {}

    public record CityWide(boolean enabled, String scope, List<String> acceptingWindows) {}

    public enum ResultType { CERTIFICATE, DOCUMENT, APPROVAL, FILING_RECEIPT, OTHER }

    public enum Delivery { ELECTRONIC, POST, WINDOW }

    public record Result(ResultType type, String name, String sample, String validity, List<Delivery> delivery) {}

    public record Contact(String address, String hours, String consultationPhone, String complaintPhone,
                          String consultationOnline, String complaintOnline) {}

    public record Remedies(String reconsideration, String litigation) {}

    public record Faq(String question, String answer) {}
}
