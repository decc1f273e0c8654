package org.onevisit.stats;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The service figures as CSV: one section per table, UTF-8 with a BOM so spreadsheets read the Chinese. */
final class ServiceStatsCsv {

    private ServiceStatsCsv() {
    }

    static String write(ServiceStats s) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, "指标 figure", "数值 value");
        row(csv, "统计期间 period", s.from() + " ~ " + s.to());
        row(csv, "申请件数 submitted", s.submitted());
        s.byState().forEach((state, n) -> row(csv, "状态 state " + state, n));
        s.byChannel().forEach((channel, n) -> row(csv, "渠道 channel " + channel, n));
        row(csv, "办结件数 decided", s.timeliness().decided());
        row(csv, "按时办结 on time", s.timeliness().onTime());
        row(csv, "超期办结 overdue", s.timeliness().overdue());
        row(csv, "按时办结率 on-time rate", s.timeliness().onTimeRate());
        row(csv, "零跑腿办结 zero-visit completions", s.zeroVisitCompletions().count());
        row(csv, "零跑腿占比 zero-visit share", s.zeroVisitCompletions().rate());
        row(csv, "免于到场办结 visits waived", s.visitsWaived());
        row(csv, "超过一次到访 visits beyond one", s.visitBreaches());
        row(csv, "补正告知 correction requests", s.corrections().requests());
        row(csv, "二次补正 second corrections", s.corrections().secondRequests());
        row(csv, "评价数 ratings", s.satisfaction().ratings());
        s.satisfaction().byGrade().forEach((grade, n) -> row(csv, "评价等级 grade " + grade, n));
        row(csv, "满意率 satisfaction rate", s.satisfaction().satisfied().rate());
        row(csv, "差评 bad reviews", s.satisfaction().badReviews());
        row(csv, "差评按期整改率 rectified on time", s.satisfaction().rectifiedOnTime().rate());
        csv.append("\r\n");
        row(csv, "事项编码 item", "事项名称 name", "申请 submitted", "办结 decided", "按时 on time", "超期 overdue",
                "平均用时（工作日） average working days", "承诺时限 promised days");
        for (ServiceStats.ItemFigures i : s.byItem()) {
            row(csv, i.itemCode(), i.itemName(), i.submitted(), i.decided(), i.onTime(), i.overdue(),
                    i.averageWorkingDays() == null ? "" : i.averageWorkingDays(), i.promisedDays());
        }
        csv.append("\r\n");
        row(csv, "月份 month", "申请 submitted", "办结 completed");
        s.byMonth().forEach(m -> row(csv, m.month(), m.submitted(), m.completed()));
        return csv.toString();
    }

    static void row(StringBuilder csv, Object... cells) {
        csv.append(Stream.of(cells).map(ServiceStatsCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    /** Quotes a cell when needed; a leading = + - @ is neutralised so spreadsheets never run it as a formula. */
    static String cell(Object value) {
        String text = String.valueOf(value);
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

}
