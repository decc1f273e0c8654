package org.onevisit.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.onevisit.catalog.Guide.ItemType;
import org.onevisit.catalog.Guide.Material;
import org.onevisit.catalog.Guide.OnlineDepth;
import org.onevisit.catalog.Guide.ProcessKind;
import org.onevisit.platform.Violation;

/**
 * The consistency rules of a standardised guide (the Zhejiang portal's checker plus our own): every
 * mandatory element present, limits coherent with the kind, visits coherent with the channels, no
 * catch-all wording. Applied whenever a guide is loaded or edited.
 */
public final class GuideValidator {

    static final Pattern CODE = Pattern.compile("\\d{12}");
    static final Pattern MATERIAL_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");
    /** Vague clauses that let a window ask for anything (兜底条款); the reform removed them. */
    static final List<String> CATCH_ALL = List.of("其他材料", "相关材料", "等材料", "其他有关", "其他相关", "等有关");
    static final List<String> LICENSING_STEPS = List.of("受理", "审核", "审批", "办结", "送达");

    private final List<Violation> violations = new ArrayList<>();

    private GuideValidator() {
    }

    /** All that is wrong with the guide; empty when it may be published. */
    public static List<Violation> validate(Guide g) {
        GuideValidator v = new GuideValidator();
        if (g == null) {
            v.fail("guide", "guide.required");
            return v.violations;
        }
        v.identity(g);
        v.authority(g);
        v.conditions(g);
        v.materials(g);
        v.form(g);
        v.timeLimits(g);
        v.specialProcedures(g);
        v.fees(g);
        v.channelsAndVisits(g);
        v.result(g);
        v.contact(g);
        return v.violations;
    }

    private void identity(Guide g) {
        if (g.code() == null || !CODE.matcher(g.code()).matches()) {
            fail("code", "guide.code.format");
        }
        require("implementationCode", g.implementationCode());
        require("name", g.name());
        requireValue("type", g.type());
        require("subType", g.subType());
        if (g.version() < 1) {
            fail("version", "guide.version.positive");
        }
        requireValue("status", g.status());
        requireValue("effectiveDate", g.effectiveDate());
        if (g.effectiveDate() != null && g.cancellationDate() != null && !g.cancellationDate().isAfter(g.effectiveDate())) {
            fail("cancellationDate", "guide.cancellation.after-effective");
        }
    }

    private void authority(Guide g) {
        if (isEmpty(g.legalBases())) {
            fail("legalBases", "guide.required");
        } else {
            for (int i = 0; i < g.legalBases().size(); i++) {
                Guide.LegalBasis basis = g.legalBases().get(i);
                require("legalBases[" + i + "].law", basis == null ? null : basis.law());
                require("legalBases[" + i + "].article", basis == null ? null : basis.article());
            }
        }
        if (g.implementingBody() == null) {
            fail("implementingBody", "guide.required");
        } else {
            require("implementingBody.name", g.implementingBody().name());
            require("implementingBody.creditCode", g.implementingBody().creditCode());
        }
        if (isEmpty(g.serviceObjects())) {
            fail("serviceObjects", "guide.required");
        }
        require("theme", g.theme());
        require("quantityLimit", g.quantityLimit());
        require("rightsAndDuties", g.rightsAndDuties());
    }

    private void conditions(Guide g) {
        requireTexts("acceptanceConditions", g.acceptanceConditions());
        requireTexts("nonAcceptanceCases", g.nonAcceptanceCases());
        require("provisionalAcceptanceScope", g.provisionalAcceptanceScope());
    }

    private void materials(Guide g) {
        if (isEmpty(g.materials())) {
            fail("materials", "guide.required");
            return;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < g.materials().size(); i++) {
            Material m = g.materials().get(i);
            String at = "materials[" + i + "]";
            if (m == null) {
                fail(at, "guide.required");
                continue;
            }
            if (m.code() == null || !MATERIAL_CODE.matcher(m.code()).matches()) {
                fail(at + ".code", "guide.material.code.format");
            } else if (!codes.add(m.code())) {
                fail(at + ".code", "guide.material.code.duplicate", m.code());
            }
            require(at + ".name", m.name());
            requireValue(at + ".form", m.form());
            requireValue(at + ".medium", m.medium());
            requireValue(at + ".necessity", m.necessity());
            requireValue(at + ".source", m.source());
            require(at + ".acceptanceStandard", m.acceptanceStandard());
            require(at + ".legalBasis", m.legalBasis());
            if (m.originals() < 0 || m.copies() < 0) {
                fail(at, "guide.material.count.negative");
            }
            noCatchAll(at + ".name", m.name());
            noCatchAll(at + ".fillingNotes", m.fillingNotes());
            noCatchAll(at + ".acceptanceStandard", m.acceptanceStandard());
            noCatchAll(at + ".notRequiredWhen", m.notRequiredWhen());
            retrieval(at, m);
        }
    }

    /** A retrievable material is a government document; one from the register names the items that issue it. */
    private void retrieval(String at, Material m) {
        boolean listed = m.registerItems() != null && !m.registerItems().isEmpty();
        if (m.retrievableFrom() == null) {
            if (listed) {
                fail(at + ".registerItems", "guide.material.register-items.unused");
            }
            return;
        }
        if (m.source() != null && m.source() != Guide.MaterialSource.GOVERNMENT) {
            fail(at + ".retrievableFrom", "guide.material.retrieval.source");
        }
        if (m.retrievableFrom() == Guide.Retrieval.REGISTER && !listed) {
            fail(at + ".registerItems", "guide.material.register-items.required");
        } else if (m.retrievableFrom() == Guide.Retrieval.LICENCE_LIBRARY && listed) {
            fail(at + ".registerItems", "guide.material.register-items.unused");
        } else if (listed) {
            for (int j = 0; j < m.registerItems().size(); j++) {
                String code = m.registerItems().get(j);
                if (code == null || !CODE.matcher(code).matches()) {
                    fail(at + ".registerItems[" + j + "]", "guide.code.format");
                }
            }
        }
    }

    static final Pattern FIELD_KEY = Pattern.compile("[a-z][A-Za-z0-9]{1,39}");

    private void form(Guide g) {
        if (g.form() == null || g.form().fields() == null || g.form().fields().isEmpty()) {
            fail("form.fields", "guide.required");
            return;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < g.form().fields().size(); i++) {
            Guide.FormField f = g.form().fields().get(i);
            String at = "form.fields[" + i + "]";
            if (f == null) {
                fail(at, "guide.required");
                continue;
            }
            if (f.key() == null || !FIELD_KEY.matcher(f.key()).matches()) {
                fail(at + ".key", "guide.form.key.format");
            } else if (!keys.add(f.key())) {
                fail(at + ".key", "guide.form.key.duplicate", f.key());
            }
            require(at + ".label", f.label());
            requireValue(at + ".type", f.type());
            if (f.type() == Guide.FieldType.SELECT && (f.options() == null || f.options().size() < 2)) {
                fail(at + ".options", "guide.form.options");
            }
            if (f.min() != null && f.max() != null && f.min() > f.max()) {
                fail(at + ".min", "guide.form.min-max");
            }
            if (f.pattern() != null) {
                try {
                    Pattern.compile(f.pattern());
                } catch (java.util.regex.PatternSyntaxException e) {
                    fail(at + ".pattern", "guide.form.pattern");
                }
            }
        }
    }

    private void timeLimits(Guide g) {
        requireValue("kind", g.kind());
        if (g.promisedDays() < 0) {
            fail("promisedDays", "guide.days.negative");
        }
        if (g.statutoryDays() != null && g.statutoryDays() < 0) {
            fail("statutoryDays", "guide.days.negative");
        }
        if (g.statutoryDays() != null && g.promisedDays() > g.statutoryDays()) {
            fail("promisedDays", "guide.promised.exceeds-statutory", g.promisedDays(), g.statutoryDays());
        }
        if (g.kind() == ProcessKind.IMMEDIATE && g.promisedDays() != 0) {
            fail("promisedDays", "guide.immediate.same-day");
        }
        if (g.kind() == ProcessKind.PROMISED && g.promisedDays() == 0) {
            fail("kind", "guide.same-day.immediate");
        }
        if (isEmpty(g.steps())) {
            fail("steps", "guide.required");
        } else if (g.type() == ItemType.LICENSING) {
            List<String> names = g.steps().stream().map(s -> s == null ? null : s.name()).toList();
            if (!names.containsAll(LICENSING_STEPS)) {
                fail("steps", "guide.licensing.steps", String.join("、", LICENSING_STEPS));
            }
        }
        if (g.type() == ItemType.LICENSING && isEmpty(g.faq())) {
            fail("faq", "guide.licensing.faq");
        }
    }

    private void fees(Guide g) {
        if (g.fee() == null) {
            fail("fee", "guide.required");
            return;
        }
        if (g.fee().charged()) {
            if (isEmpty(g.fee().items())) {
                fail("fee.items", "guide.fee.items");
                return;
            }
            for (int i = 0; i < g.fee().items().size(); i++) {
                Guide.FeeItem item = g.fee().items().get(i);
                String at = "fee.items[" + i + "]";
                require(at + ".name", item == null ? null : item.name());
                require(at + ".standard", item == null ? null : item.standard());
                require(at + ".legalBasis", item == null ? null : item.legalBasis());
            }
        }
    }

    private void channelsAndVisits(Guide g) {
        if (g.channels() == null) {
            fail("channels", "guide.required");
        } else {
            if (isEmpty(g.channels().applyForms())) {
                fail("channels.applyForms", "guide.required");
            }
            if (g.channels().online() && g.channels().onlineDepth() == null) {
                fail("channels.onlineDepth", "guide.required");
            }
        }
        boolean online = g.channels() != null && g.channels().online();
        boolean postIn = g.channels() != null && g.channels().postIn();
        if (g.visits() < 0) {
            fail("visits", "guide.visits.negative");
        } else if (g.visits() == 0) {
            if (!isBlank(g.visitReason())) {
                fail("visitReason", "guide.zero-visit.no-reason");
            }
            if (!online && !postIn) {
                fail("channels", "guide.zero-visit.channel");
            }
            if (g.visitMoment() != null) {
                fail("visitMoment", "guide.zero-visit.no-moment");
            }
        } else {
            if (isBlank(g.visitReason())) {
                fail("visitReason", "guide.visit.reason");
            }
            visitMoment(g);
        }
        if (g.channels() != null && g.channels().onlineDepth() == OnlineDepth.IV && g.visits() != 0) {
            fail("visits", "guide.depth-iv.zero-visit");
        }
        if (g.serviceCenter() == null) {
            fail("serviceCenter", "guide.required");
        } else if (g.serviceCenter().inServiceCenter()) {
            require("serviceCenter.hall", g.serviceCenter().hall());
        }
        if (g.cityWide() == null) {
            fail("cityWide", "guide.required");
        } else if (g.cityWide().enabled()) {
            require("cityWide.scope", g.cityWide().scope());
            if (isEmpty(g.cityWide().acceptingWindows())) {
                fail("cityWide.acceptingWindows", "guide.required");
            }
        }
    }

    /** An item with a visit says when it happens, and that moment must be one the item really has. */
    private void visitMoment(Guide g) {
        if (g.visitMoment() == null) {
            fail("visitMoment", "guide.visit.moment");
            return;
        }
        switch (g.visitMoment()) {
            case PICKUP -> {
                if (g.result() == null || g.result().delivery() == null
                        || !g.result().delivery().contains(Guide.Delivery.WINDOW)) {
                    fail("visitMoment", "guide.visit.pickup-window");
                }
            }
            case SITE_CHECK, MEETING -> {
                if (g.specialProcedures() == null || g.specialProcedures().stream().noneMatch(p -> p != null && p.mandatory())) {
                    fail("visitMoment", "guide.visit.moment-procedure");
                }
            }
            default -> { }
        }
    }

    /** A special procedure has a name, and a mandatory one names the law that requires it. */
    private void specialProcedures(Guide g) {
        if (g.specialProcedures() == null) {
            return;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < g.specialProcedures().size(); i++) {
            Guide.SpecialProcedure p = g.specialProcedures().get(i);
            String at = "specialProcedures[" + i + "]";
            if (p == null || isBlank(p.name())) {
                fail(at + ".name", "guide.required");
                continue;
            }
            if (!names.add(p.name().trim())) {
                fail(at + ".name", "guide.procedure.duplicate", p.name());
            }
            if (p.mandatory() && isBlank(p.legalBasis())) {
                fail(at + ".legalBasis", "guide.procedure.mandatory-basis");
            }
        }
    }

    private void result(Guide g) {
        if (g.result() == null) {
            fail("result", "guide.required");
            return;
        }
        requireValue("result.type", g.result().type());
        require("result.name", g.result().name());
        require("result.sample", g.result().sample());
        if (isEmpty(g.result().delivery())) {
            fail("result.delivery", "guide.required");
        } else if (g.visits() == 0 && !g.result().delivery().contains(Guide.Delivery.ELECTRONIC)
                && !g.result().delivery().contains(Guide.Delivery.POST)) {
            fail("result.delivery", "guide.zero-visit.delivery");
        }
        String name = g.result().name();
        if (name != null && g.result().type() != null) {
            if (name.endsWith("证") && g.result().type() != Guide.ResultType.CERTIFICATE) {
                fail("result.type", "guide.result.certificate");
            }
            if (name.endsWith("批复") && g.result().type() != Guide.ResultType.APPROVAL) {
                fail("result.type", "guide.result.approval");
            }
        }
    }

    private void contact(Guide g) {
        if (g.contact() == null) {
            fail("contact", "guide.required");
        } else {
            require("contact.address", g.contact().address());
            require("contact.hours", g.contact().hours());
            require("contact.consultationPhone", g.contact().consultationPhone());
            require("contact.complaintPhone", g.contact().complaintPhone());
            if (g.contact().consultationPhone() != null
                    && g.contact().consultationPhone().equals(g.contact().complaintPhone())) {
                fail("contact.complaintPhone", "guide.contact.distinct");
            }
        }
        if (g.remedies() == null) {
            fail("remedies", "guide.required");
        } else {
            require("remedies.reconsideration", g.remedies().reconsideration());
            require("remedies.litigation", g.remedies().litigation());
        }
        if (g.faq() == null) {
            fail("faq", "guide.required");
        }
    }

    private void requireTexts(String field, List<String> texts) {
        if (isEmpty(texts)) {
            fail(field, "guide.required");
            return;
        }
        for (int i = 0; i < texts.size(); i++) {
            require(field + "[" + i + "]", texts.get(i));
            noCatchAll(field + "[" + i + "]", texts.get(i));
        }
    }

    private void noCatchAll(String field, String text) {
        if (text == null) {
            return;
        }
        for (String phrase : CATCH_ALL) {
            if (text.contains(phrase)) {
                fail(field, "guide.catch-all", phrase);
                return;
            }
        }
    }

    private void require(String field, String value) {
        if (isBlank(value)) {
            fail(field, "guide.required");
        }
    }

    private void requireValue(String field, Object value) {
        if (value == null) {
            fail(field, "guide.required");
        }
    }

    private void fail(String field, String key, Object... args) {
        violations.add(Violation.of(field, key, args));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }
}
