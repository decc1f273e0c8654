package org.onevisit.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The figures per office and per officer as CSV, written like the public CSV ({@link ServiceStatsCsv}: UTF-8
 * with a BOM, formula-safe cells): one table of offices, one of officers, a row each.
 */
final class StaffStatsCsv {

    private StaffStatsCsv() {
    }

    static String write(StaffStats s) {
        List<String> states = keys(s, f -> f.byState());
        List<String> channels = keys(s, f -> f.byChannel());
        List<String> actions = new ArrayList<>(new TreeSet<>(s.officers().stream()
                .flatMap(o -> o.actions().keySet().stream()).toList()));
        StringBuilder csv = new StringBuilder("\uFEFF");
        ServiceStatsCsv.row(csv, "统计期间 period", s.from() + " ~ " + s.to());
        csv.append("\r\n");
        List<Object> header = new ArrayList<>(List.of("网点编码 office code", "网点 office"));
        header.addAll(figureHeaders(states, channels));
        ServiceStatsCsv.row(csv, header.toArray());
        for (StaffStats.Office o : s.offices()) {
            List<Object> row = new ArrayList<>();
            row.add(o.code() == null ? "" : o.code());
            row.add(o.code() == null ? "尚未由窗口处理 not yet handled at a window" : o.name());
            row.addAll(figureCells(o.figures(), states, channels));
            ServiceStatsCsv.row(csv, row.toArray());
        }
        csv.append("\r\n");
        List<Object> officerHeader = new ArrayList<>(List.of("工作人员 officer", "网点 office"));
        officerHeader.addAll(figureHeaders(states, channels));
        actions.forEach(a -> officerHeader.add("操作 action " + a));
        ServiceStatsCsv.row(csv, officerHeader.toArray());
        for (StaffStats.Officer o : s.officers()) {
            List<Object> row = new ArrayList<>();
            row.add(o.name() == null ? o.id() : o.name());
            row.add(o.officeName() == null ? "" : o.officeName());
            row.addAll(figureCells(o.figures(), states, channels));
            actions.forEach(a -> row.add(o.actions().getOrDefault(a, 0L)));
            ServiceStatsCsv.row(csv, row.toArray());
        }
        return csv.toString();
    }

    /** The states (or channels) any office has, so that every row has the same columns. */
    private static List<String> keys(StaffStats s, Function<GroupFigures, Map<String, Long>> map) {
        TreeSet<String> keys = new TreeSet<>();
        s.offices().forEach(o -> keys.addAll(map.apply(o.figures()).keySet()));
        s.officers().forEach(o -> keys.addAll(map.apply(o.figures()).keySet()));
        return new ArrayList<>(keys);
    }

    private static List<Object> figureHeaders(Collection<String> states, Collection<String> channels) {
        List<Object> header = new ArrayList<>();
        header.add("申请件数 submitted");
        states.forEach(state -> header.add("状态 state " + state));
        channels.forEach(channel -> header.add("渠道 channel " + channel));
        header.addAll(List.of("办结件数 decided", "按时办结 on time", "超期办结 overdue", "按时办结率 on-time rate",
                "平均用时（工作日） average working days", "平均承诺时限（工作日） average promised days",
                "办结送达 completed", "零跑腿办结 zero-visit completions", "零跑腿占比 zero-visit share",
                "免于到场办结 visits waived", "超过一次到访 visits beyond one", "补正告知 correction requests", "二次补正 second corrections",
                "评价数 ratings", "满意率 satisfaction rate", "差评 bad reviews", "差评按期整改率 rectified on time"));
        return header;
    }

    private static List<Object> figureCells(GroupFigures f, Collection<String> states, Collection<String> channels) {
        List<Object> cells = new ArrayList<>();
        cells.add(f.submitted());
        states.forEach(state -> cells.add(f.byState().getOrDefault(state, 0L)));
        channels.forEach(channel -> cells.add(f.byChannel().getOrDefault(channel, 0L)));
        cells.addAll(List.of(f.timeliness().decided(), f.timeliness().onTime(), f.timeliness().overdue(),
                f.timeliness().onTimeRate(), blankIfNull(f.averageWorkingDays()), blankIfNull(f.averagePromisedDays()),
                f.zeroVisitCompletions().of(), f.zeroVisitCompletions().count(), f.zeroVisitCompletions().rate(),
                f.visitsWaived(), f.visitBreaches(), f.corrections().requests(), f.corrections().secondRequests(),
                f.satisfaction().ratings(), f.satisfaction().satisfied().rate(), f.satisfaction().badReviews(),
                f.satisfaction().rectifiedOnTime().rate()));
        return cells;
    }

    private static Object blankIfNull(Double value) {
        return value == null ? "" : value;
    }
}
