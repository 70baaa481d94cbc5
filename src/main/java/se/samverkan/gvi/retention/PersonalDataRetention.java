package se.samverkan.gvi.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverkan.gvi.audit.DecisionLog;
import se.samverkan.gvi.persistence.SqlTime;
import se.samverkan.gvi.security.Actor;
import se.samverkan.gvi.security.SiteScope;

/**
 * Erases personal data older than the retention period ({@code gvi.retention.personal-data},
 * Brottsdatalagen 2 kap.): incidents with their versions and recommendations, and persons no longer
 * named by anything recent. The decision log keeps every entry: entries hold only references and
 * hashes, so the chain still verifies, and each erasure is itself an entry.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(GviRetentionSettings.class)
public class PersonalDataRetention {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataRetention.class);
    static final String ACTOR = "retention-job";

    private final JdbcClient jdbc;
    private final DecisionLog decisionLog;
    private final GviRetentionSettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;

    PersonalDataRetention(
            JdbcClient jdbc,
            DecisionLog decisionLog,
            GviRetentionSettings settings,
            Clock clock,
            TransactionTemplate transaction) {
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.decisionLog = decisionLog;
        this.settings = settings;
        this.clock = clock;
    }

    /** What one run erased, per site. */
    public record Erased(Instant cutoff, Map<String, List<String>> incidents, Map<String, List<String>> persons) {}

    @Scheduled(cron = "${gvi.retention.cron:0 15 3 * * *}")
    public void scheduled() {
        Erased erased = eraseExpired();
        log.info(
                "Retention: erased {} incident(s) and {} person(s) last changed before {}",
                erased.incidents().values().stream().mapToInt(List::size).sum(),
                erased.persons().values().stream().mapToInt(List::size).sum(),
                erased.cutoff());
    }

    /**
     * One transaction over every site's rows: the job runs in the system scope (SiteScope), which
     * no request can obtain.
     */
    public Erased eraseExpired() {
        return SiteScope.system(() -> transaction.execute(status -> erase()));
    }

    private Erased erase() {
        Instant cutoff = clock.instant()
                .atOffset(ZoneOffset.UTC)
                .minus(settings.personalData())
                .toInstant();
        OffsetDateTime before = SqlTime.of(cutoff);
        Map<String, List<String>> incidents = bySite(jdbc.sql("""
                select i.site, i.reference from incident i
                 where i.created_at < :cutoff and (i.retracted_at is null or i.retracted_at < :cutoff)
                   and not exists (select 1 from incident_version v
                                    where v.site = i.site and v.reference = i.reference and v.reported_at >= :cutoff)
                   and not exists (select 1 from recommendation r join recommendation_decision d on d.recommendation_id = r.id
                                    where r.site = i.site and r.incident_reference = i.reference and d.decided_at >= :cutoff)
                   and not exists (select 1 from recommendation r join recommendation_action a on a.recommendation_id = r.id
                                    where r.site = i.site and r.incident_reference = i.reference and a.outcome_at >= :cutoff)
                 order by i.site, i.reference""")
                .param("cutoff", before)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list());
        incidents.forEach((site, refs) -> refs.forEach(ref -> eraseIncident(site, ref)));
        jdbc.sql("""
                delete from sanction_round
                 where opened_at < :cutoff and (closed_at is null or closed_at < :cutoff)
                   and not exists (select 1 from recommendation r where r.sanction_round_id = sanction_round.id)""").param("cutoff", before).update();

        Map<String, List<String>> persons = bySite(jdbc.sql("""
                select p.site, p.ref from person p
                 where p.updated_at < :cutoff
                   and not exists (select 1 from group_audit_member m join group_audit a on a.id = m.audit_id
                                    where m.site = p.site and m.person_ref = p.ref and a.recorded_at >= :cutoff)
                   and not exists (select 1 from call_in_attendee x join call_in c on c.id = x.call_in_id
                                    where x.site = p.site and x.person_ref = p.ref and c.recorded_at >= :cutoff)
                   and not exists (select 1 from custom_notification x join call_in c on c.id = x.call_in_id
                                    where x.site = p.site and x.person_ref = p.ref and c.recorded_at >= :cutoff)
                   and not exists (select 1 from incident_suspect s where s.site = p.site and s.person_ref = p.ref)
                   and not exists (select 1 from recommendation_action a where a.site = p.site and a.person_ref = p.ref)
                   and not exists (select 1 from recommendation_exclusion e where e.site = p.site and e.person_ref = p.ref)
                 order by p.site, p.ref""")
                .param("cutoff", before)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list());
        persons.forEach((site, refs) -> refs.forEach(ref -> erasePerson(site, ref)));

        TreeMap<String, Boolean> sites = new TreeMap<>();
        incidents.keySet().forEach(s -> sites.put(s, true));
        persons.keySet().forEach(s -> sites.put(s, true));
        for (String site : sites.keySet()) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("cutoff", cutoff.toString());
            payload.put("incidents", incidents.getOrDefault(site, List.of()));
            payload.put("persons", persons.getOrDefault(site, List.of()));
            decisionLog.append(new Actor(ACTOR, site), "PERSONAL_DATA_ERASED", "retention:" + cutoff, null, payload);
        }
        return new Erased(cutoff, incidents, persons);
    }

    private void eraseIncident(String site, String reference) {
        String recommendations = "select id from recommendation where site = :site and incident_reference = :ref";
        // delivery_outbox: the messages sent to the agencies name the person of each approved action.
        for (String table : List.of(
                "recommendation_fired_rule",
                "recommendation_exclusion",
                "recommendation_action",
                "recommendation_decision",
                "delivery_outbox")) {
            jdbc.sql("delete from " + table + " where recommendation_id in (" + recommendations + ")")
                    .param("site", site)
                    .param("ref", reference)
                    .update();
        }
        jdbc.sql("delete from recommendation where site = :site and incident_reference = :ref")
                .param("site", site)
                .param("ref", reference)
                .update();
        for (String table : List.of(
                "incident_unattributed_suspect",
                "incident_suspect",
                "incident_attribution",
                "incident_version",
                "incident")) {
            jdbc.sql("delete from " + table + " where site = :site and reference = :ref")
                    .param("site", site)
                    .param("ref", reference)
                    .update();
        }
    }

    private void erasePerson(String site, String ref) {
        for (String table :
                List.of("group_audit_member", "call_in_attendee", "custom_notification", "person_fact", "person")) {
            jdbc.sql("delete from " + table + " where site = :site and "
                            + (table.equals("person") ? "ref" : "person_ref") + " = :ref")
                    .param("site", site)
                    .param("ref", ref)
                    .update();
        }
    }

    private static Map<String, List<String>> bySite(List<String[]> rows) {
        Map<String, List<String>> bySite = new TreeMap<>();
        for (String[] row : rows) {
            bySite.computeIfAbsent(row[0], s -> new ArrayList<>()).add(row[1]);
        }
        return bySite;
    }
}
