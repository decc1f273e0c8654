package org.onevisit.stats;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.onevisit.stats.ServiceStats.Corrections;
import org.onevisit.stats.ServiceStats.Satisfaction;
import org.onevisit.stats.ServiceStats.Share;
import org.onevisit.stats.ServiceStats.Timeliness;

/**
 * The counts of one group of cases (the bureau, an item, an office, an officer) as the queries give them,
 * and the arithmetic that turns them into figures: every rate and average is computed here, once.
 */
final class Tally {

    long submitted;
    final Map<String, Long> byState = new TreeMap<>();
    final Map<String, Long> byChannel = new TreeMap<>();
    long decided;
    long onTime;
    long workingDays;
    long promisedDays;
    long completed;
    long zeroVisitCompleted;
    /** Completed cases whose visit the window waived: neither zero-visit nor visited. */
    long visitsWaived;
    long visitBreaches;
    long correctionRequests;
    long secondCorrections;
    final Map<Integer, Long> byGrade = new LinkedHashMap<>();
    long rectifications;
    long rectifiedOnTime;

    Tally() {
        for (int g = 5; g >= 1; g--) {
            byGrade.put(g, 0L);
        }
    }

    void submitted(String state, String channel, long n) {
        submitted += n;
        byState.merge(state, n, Long::sum);
        byChannel.merge(channel, n, Long::sum);
    }

    /** A decision: whether by its due date, the working days it used and those promised. */
    void decided(boolean inTime, int used, int promised) {
        decided++;
        onTime += inTime ? 1 : 0;
        workingDays += used;
        promisedDays += promised;
    }

    void rated(int grade, long n) {
        byGrade.merge(grade, n, Long::sum);
    }

    long overdue() {
        return decided - onTime;
    }

    Timeliness timeliness() {
        return new Timeliness(decided, onTime, overdue(), Share.of(onTime, decided).rate());
    }

    /** Average working days used by the decided cases, to one decimal; null when none was decided. */
    Double averageWorkingDays() {
        return average(workingDays);
    }

    Double averagePromisedDays() {
        return average(promisedDays);
    }

    private Double average(long days) {
        return decided == 0 ? null : Math.round(days * 10.0 / decided) / 10.0;
    }

    Share zeroVisitCompletions() {
        return Share.of(zeroVisitCompleted, completed);
    }

    Corrections corrections() {
        return new Corrections(correctionRequests, secondCorrections);
    }

    /** Grades of 基本满意 (3) or better are satisfied; 1 and 2 are bad reviews. */
    Satisfaction satisfaction() {
        long ratings = 0;
        long satisfied = 0;
        long bad = 0;
        for (Map.Entry<Integer, Long> grade : byGrade.entrySet()) {
            ratings += grade.getValue();
            satisfied += grade.getKey() >= 3 ? grade.getValue() : 0;
            bad += grade.getKey() <= 2 ? grade.getValue() : 0;
        }
        return new Satisfaction(ratings, byGrade, Share.of(satisfied, ratings), bad, Share.of(rectifiedOnTime, rectifications));
    }

    GroupFigures figures() {
        return new GroupFigures(submitted, byState, byChannel, timeliness(), averageWorkingDays(), averagePromisedDays(),
                zeroVisitCompletions(), visitsWaived, visitBreaches, corrections(), satisfaction());
    }
}
