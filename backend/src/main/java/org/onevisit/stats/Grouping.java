package org.onevisit.stats;

/**
 * How cases are grouped for the figures: a SQL expression over the case (alias {@code a}) naming the group
 * it counts for, with the join it needs. Every figure of a case counts for its group, whichever table the
 * figure comes from (a visit, a correction, a rating: the case's office and officer). '' names the cases
 * that belong to no group yet.
 */
enum Grouping {

    /** The whole bureau: one group, '' (the public figures). */
    BUREAU("", "''"),

    /**
     * The service location that registered, accepted or refused the case ({@code application.location_code},
     * set by the window's last acceptance step); '' while no window has handled it.
     */
    OFFICE("", "coalesce(a.location_code, '')"),

    /** The officer who accepted the case: the actor of its first ACCEPT step; '' while it is not accepted. */
    OFFICER("left join lateral (select acc.actor_id from application_event acc where acc.application_id = a.id "
            + "and acc.action = 'ACCEPT' order by acc.id limit 1) accepted on true",
            "coalesce(cast(accepted.actor_id as text), '')");

    /** Joined after {@code application a}. */
    final String join;
    /** The group's name (text), selected first and grouped by. */
    final String key;

    Grouping(String join, String key) {
        this.join = join;
        this.key = key;
    }
}
