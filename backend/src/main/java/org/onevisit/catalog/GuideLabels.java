package org.onevisit.catalog;

import io.quarkus.qute.TemplateExtension;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Chinese labels for the guide's coded values, for the printable page ({@code {value.zh}}). */
@TemplateExtension
public final class GuideLabels {

    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("LICENSING", "行政许可"), Map.entry("REVIEW_AND_FORWARD", "审核转报"), Map.entry("OTHER", "其他行政权力"),
            Map.entry("ACTIVE", "在用"), Map.entry("SUSPENDED", "暂停"), Map.entry("CANCELLED", "取消"),
            Map.entry("NATURAL_PERSON", "自然人"), Map.entry("LEGAL_PERSON", "法人或其他组织"),
            Map.entry("IMMEDIATE", "即办件"), Map.entry("PROMISED", "承诺件"),
            Map.entry("ORIGINAL", "原件"), Map.entry("COPY", "复印件"), Map.entry("ORIGINAL_AND_COPY", "原件和复印件"),
            Map.entry("PAPER", "纸质"), Map.entry("ELECTRONIC", "电子"), Map.entry("PAPER_OR_ELECTRONIC", "纸质或电子"),
            Map.entry("REQUIRED", "必要"), Map.entry("OPTIONAL", "非必要"), Map.entry("PROVISIONAL", "容缺"),
            Map.entry("APPLICANT", "申请人自备"), Map.entry("GOVERNMENT", "政府部门核发"),
            Map.entry("I", "Ⅰ级（在线咨询）"), Map.entry("II", "Ⅱ级（网上预审）"), Map.entry("III", "Ⅲ级（网上受理）"),
            Map.entry("IV", "Ⅳ级（全程网办）"),
            Map.entry("WINDOW", "窗口"), Map.entry("ONLINE", "网上"), Map.entry("POST", "邮寄"),
            Map.entry("CERTIFICATE", "证照"), Map.entry("DOCUMENT", "公文"), Map.entry("APPROVAL", "批复"),
            Map.entry("FILING_RECEIPT", "备案回执"));

    private GuideLabels() {
    }

    static String zh(Enum<?> value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Guide.VisitMoment moment) {
            return moment.zh;
        }
        String name = value.name();
        if (value instanceof Guide.MaterialSource && "OTHER".equals(name)) {
            return "其他单位出具";
        }
        if (value instanceof Guide.ResultType && "OTHER".equals(name)) {
            return "其他";
        }
        return ZH.getOrDefault(name, name);
    }

    static String zh(List<? extends Enum<?>> values) {
        return values == null || values.isEmpty() ? "—"
                : values.stream().map(GuideLabels::zh).collect(Collectors.joining("、"));
    }

    static String yesNo(Boolean value) {
        return Boolean.TRUE.equals(value) ? "是" : "否";
    }

    static String days(Integer value) {
        return value == null ? "—" : value == 0 ? "即办" : value + " 个工作日";
    }

    static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
