package se.samverkan.gvi.national;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverkan.gvi.GviSettings;
import se.samverkan.gvi.national.NationalFiguresView.Count;
import se.samverkan.gvi.national.NationalFiguresView.DecisionTime;
import se.samverkan.gvi.national.NationalFiguresView.InTime;
import se.samverkan.gvi.national.NationalFiguresView.IncidentCell;
import se.samverkan.gvi.national.NationalFiguresView.SiteFigures;
import se.samverkan.gvi.security.SiteScope;

/**
 * Counts across every site for the national analyst, read in the national scope (read-only, the
 * incident and recommendation tables only, never persons, groups, call-ins or the log). The
 * queries select only sites, types, outcomes, statuses, dates and times: no reference, person or
 * text ever leaves the database. Small counts are suppressed when shown.
 */
@Service
public class NationalFigures {

    /** Counts from 1 to 2 are shown as "<3"; figures derived from fewer than 3 cases are left out. */
    static final int THRESHOLD = 3;

    static final String TOTAL = "total";

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private final GviSettings gvi;
    private final Clock clock;

    NationalFigures(JdbcClient jdbc, PlatformTransactionManager transactions, GviSettings gvi, Clock clock) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.gvi = gvi;
        this.clock = clock;
    }

    private record IncidentRow(String site, String type, String month, long count) {}

    private record OutcomeRow(String site, String outcome, long count) {}

    private record DecisionRow(String site, Duration took) {}

    private record ActionRow(
            String site,
            String status,
            @Nullable Instant dueBy,
            @Nullable LocalDate executedOn) {}

    private record Rows(
            List<IncidentRow> incidents,
            List<OutcomeRow> outcomes,
            List<DecisionRow> decisions,
            List<ActionRow> actions) {}

    public NationalFiguresView figures() {
        Instant now = clock.instant();
        Rows rows = SiteScope.national(() -> readOnly.execute(status -> read()));
        TreeSet<String> sites = new TreeSet<>();
        rows.incidents().forEach(r -> sites.add(r.site()));
        rows.outcomes().forEach(r -> sites.add(r.site()));
        rows.decisions().forEach(r -> sites.add(r.site()));
        rows.actions().forEach(r -> sites.add(r.site()));
        List<SiteFigures> perSite = new ArrayList<>();
        for (String site : sites) {
            perSite.add(figures(site, rows, now, site));
        }
        return new NationalFiguresView(
                now, THRESHOLD, perSite, withholdRevealingTotals(perSite, figures(TOTAL, rows, now, null)));
    }

    /**
     * Complementary suppression: a total over the sites is withheld wherever a site's cell of the
     * same line (type and month, outcome, decisions, due or in-time actions) is small, since the
     * total less the other sites' cells would give the small cell away. Lines without a small site
     * cell keep their exact total.
     */
    static SiteFigures withholdRevealingTotals(List<SiteFigures> sites, SiteFigures total) {
        List<IncidentCell> incidents = total.incidentsPerTypeAndMonth().stream()
                .map(cell -> anySmall(sites, s -> incidents(s, cell.type(), cell.month()))
                        ? new IncidentCell(
                                cell.type(), cell.month(), cell.incidents().withhold())
                        : cell)
                .toList();
        Map<String, Count> outcomes = new TreeMap<>();
        total.recommendationsPerOutcome()
                .forEach((outcome, count) -> outcomes.put(
                        outcome,
                        anySmall(sites, s -> s.recommendationsPerOutcome().get(outcome)) ? count.withhold() : count));
        DecisionTime decisions = total.reportToDecision();
        if (anySmall(sites, s -> s.reportToDecision().decisions())) {
            decisions = new DecisionTime(decisions.decisions().withhold(), decisions.medianHours());
        }
        InTime inTime = total.actionsInTime();
        Count due = anySmall(sites, s -> s.actionsInTime().due()) ? inTime.due().withhold() : inTime.due();
        Count executed = anySmall(sites, s -> s.actionsInTime().executedInTime())
                ? inTime.executedInTime().withhold()
                : inTime.executedInTime();
        return new SiteFigures(total.site(), incidents, outcomes, decisions, inTime(due, executed, inTime.share()));
    }

    private static @Nullable Count incidents(SiteFigures site, String type, String month) {
        return site.incidentsPerTypeAndMonth().stream()
                .filter(c -> c.type().equals(type) && c.month().equals(month))
                .map(IncidentCell::incidents)
                .findFirst()
                .orElse(null);
    }

    private static boolean anySmall(List<SiteFigures> sites, Function<SiteFigures, @Nullable Count> line) {
        return sites.stream().map(line).anyMatch(count -> count != null && count.small());
    }

    /** The share is left out when either count it is made of is not shown: beside the other, it gives it away. */
    static InTime inTime(Count due, Count executedInTime, @Nullable Double share) {
        return new InTime(due, executedInTime, due.hidden() || executedInTime.hidden() ? null : share);
    }

    private Rows read() {
        List<IncidentRow> incidents = jdbc.sql("""
                select i.site, v.incident_type, extract(year from v.incident_date) as y,
                       extract(month from v.incident_date) as m, count(*) as n
                  from incident i join incident_version v
                    on v.site = i.site and v.reference = i.reference and v.version = i.current_version
                 where i.status = 'ACTIVE'
                 group by i.site, v.incident_type, extract(year from v.incident_date), extract(month from v.incident_date)""")
                .query((rs, n) -> new IncidentRow(
                        rs.getString("site"),
                        rs.getString("incident_type"),
                        String.format("%04d-%02d", rs.getInt("y"), rs.getInt("m")),
                        rs.getLong("n")))
                .list();
        List<OutcomeRow> outcomes = jdbc.sql("""
                select site, outcome, count(*) as n from recommendation
                 where status not in ('SUPERSEDED', 'WITHDRAWN') group by site, outcome""")
                .query((rs, n) -> new OutcomeRow(rs.getString("site"), rs.getString("outcome"), rs.getLong("n")))
                .list();
        List<DecisionRow> decisions = jdbc.sql("""
                select r.site, r.reported_at, d.decided_at
                  from recommendation r join recommendation_decision d on d.recommendation_id = r.id""")
                .query((rs, n) -> new DecisionRow(
                        rs.getString("site"),
                        Duration.between(
                                rs.getObject("reported_at", OffsetDateTime.class)
                                        .toInstant(),
                                rs.getObject("decided_at", OffsetDateTime.class).toInstant())))
                .list();
        List<ActionRow> actions = jdbc.sql("""
                select site, status, due_by, executed_on from recommendation_action
                 where status in ('APPROVED', 'EXECUTED', 'NOT_POSSIBLE')""")
                .query((rs, n) -> {
                    OffsetDateTime due = rs.getObject("due_by", OffsetDateTime.class);
                    return new ActionRow(
                            rs.getString("site"),
                            rs.getString("status"),
                            due == null ? null : due.toInstant(),
                            rs.getObject("executed_on", LocalDate.class));
                })
                .list();
        return new Rows(incidents, outcomes, decisions, actions);
    }

    /** The figures of one site, or of all sites when {@code only} is null. */
    private SiteFigures figures(String name, Rows rows, Instant now, @Nullable String only) {
        Map<String, Long> cells = new TreeMap<>();
        rows.incidents().stream()
                .filter(r -> only == null || only.equals(r.site()))
                .forEach(r -> cells.merge(r.type() + "\u0000" + r.month(), r.count(), Long::sum));
        List<IncidentCell> incidents = new ArrayList<>();
        cells.forEach((key, count) -> {
            String[] typeAndMonth = key.split("\u0000");
            incidents.add(new IncidentCell(typeAndMonth[0], typeAndMonth[1], count(count)));
        });
        incidents.sort(Comparator.comparing(IncidentCell::month).thenComparing(IncidentCell::type));

        Map<String, Long> outcomeCounts = new TreeMap<>();
        rows.outcomes().stream()
                .filter(r -> only == null || only.equals(r.site()))
                .forEach(r -> outcomeCounts.merge(r.outcome(), r.count(), Long::sum));
        Map<String, Count> outcomes = new TreeMap<>();
        outcomeCounts.forEach((outcome, count) -> outcomes.put(outcome, count(count)));

        List<Duration> took = rows.decisions().stream()
                .filter(r -> only == null || only.equals(r.site()))
                .map(DecisionRow::took)
                .sorted()
                .toList();
        Double median = took.size() < THRESHOLD ? null : hours(median(took));

        long due = 0;
        long inTime = 0;
        for (ActionRow a : rows.actions()) {
            if ((only != null && !only.equals(a.site())) || a.dueBy() == null) {
                continue;
            }
            boolean reported = !"APPROVED".equals(a.status());
            if (!reported && !a.dueBy().isBefore(now)) {
                continue; // approved, not yet due and not yet reported: neither in time nor late yet
            }
            due++;
            LocalDate deadline = a.dueBy().atZone(gvi.zone()).toLocalDate();
            if ("EXECUTED".equals(a.status())
                    && a.executedOn() != null
                    && !a.executedOn().isAfter(deadline)) {
                inTime++;
            }
        }
        Double share = due < THRESHOLD ? null : Math.round(1000.0 * inTime / due) / 1000.0;
        return new SiteFigures(
                name,
                incidents,
                outcomes,
                new DecisionTime(count(took.size()), median),
                inTime(count(due), count(inTime), share));
    }

    private static Duration median(List<Duration> sorted) {
        int n = sorted.size();
        return n % 2 == 1
                ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }

    private static double hours(Duration d) {
        return Math.round(d.toMinutes() / 6.0) / 10.0;
    }

    private static Count count(long value) {
        return new Count(value, THRESHOLD);
    }
}
