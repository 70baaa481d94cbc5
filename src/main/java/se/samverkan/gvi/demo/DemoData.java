package se.samverkan.gvi.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverkan.gvi.GviSettings;
import se.samverkan.gvi.decision.Attribution;
import se.samverkan.gvi.decision.Confidence;
import se.samverkan.gvi.decision.Role;
import se.samverkan.gvi.group.CallInRequest;
import se.samverkan.gvi.group.GroupRequest;
import se.samverkan.gvi.group.GroupService;
import se.samverkan.gvi.group.PersonRequest;
import se.samverkan.gvi.group.SpeakerRole;
import se.samverkan.gvi.incident.Incident;
import se.samverkan.gvi.incident.IncidentService;
import se.samverkan.gvi.security.Actor;
import se.samverkan.gvi.security.GviSecuritySettings;
import se.samverkan.gvi.security.SiteScope;

/**
 * A fictional Huddinge-like data set (README, "Running it, and the demo users"), and a smaller one
 * for the second demo site
 * {@code malmo}, loaded only into an empty embedded database and never in the prod profile, through
 * the same application services the API uses, so a newcomer sees recommendations pending review at
 * once. Malmö's persons reuse some of Huddinge's references (P-0101 … P-0112 exist in both sites) on
 * purpose: each site sees only its own. Every name, area and reference is invented; dates
 * are relative to today so the data stays current.
 */
@Component
@Profile("!prod")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final GviDemoSettings settings;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final GroupService groups;
    private final IncidentService incidents;
    static final String SECOND_SITE = "malmo";

    private final String site;
    private final boolean secondSite;
    private final ZoneId zone;
    private final Clock clock;

    DemoData(
            GviDemoSettings settings,
            DataSource dataSource,
            JdbcClient jdbc,
            GroupService groups,
            IncidentService incidents,
            GviSecuritySettings security,
            GviSettings gvi,
            Clock clock) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.groups = groups;
        this.incidents = incidents;
        this.site = security.defaultSite();
        this.secondSite = security.sites().contains(SECOND_SITE) && !SECOND_SITE.equals(site);
        this.zone = gvi.zone();
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        if (!settings.enabled() || !embedded() || !empty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        SiteScope.forSite(site, () -> {
            load(today);
            return null;
        });
        log.info("Loaded the fictional demo data set of {} (3 groups, 30 persons, 1 call-in, 3 incidents)", site);
        if (secondSite) {
            SiteScope.forSite(SECOND_SITE, () -> {
                loadSecondSite(today);
                return null;
            });
            log.info(
                    "Loaded the fictional demo data set of {} (2 groups, 12 persons, 1 call-in, 2 incidents)",
                    SECOND_SITE);
        }
    }

    /** Malmö's own fictional groups, persons (refs shared with Huddinge's on purpose), call-in and incidents. */
    void loadSecondSite(LocalDate today) {
        Actor admin = new Actor("malmo-admin", SECOND_SITE);
        Actor coordinator = new Actor("malmo-coordinator", SECOND_SITE);
        Actor liaison = new Actor("malmo-liaison", SECOND_SITE);
        int[] ages = {21, 18, 26, 16, 30, 23, 19, 14, 27, 22, 17, 25};
        for (int i = 0; i < ages.length; i++) {
            int n = 101 + i;
            groups.savePerson(
                    admin,
                    ref(n),
                    new PersonRequest(
                            today.minusYears(ages[i]).minusDays(29L * i + 5),
                            facts(
                                    i % 3 == 0,
                                    i % 4 == 1,
                                    i % 5 == 2,
                                    i % 2 == 0,
                                    i % 3 == 1,
                                    i % 4 == 0,
                                    false,
                                    i % 5 == 3)));
        }
        LocalDate mapped = today.minusDays(150);
        LocalDate joined = today.minusDays(300);
        groups.saveGroup(
                admin,
                "G-HAMN",
                new GroupRequest(
                        "Hamnligan",
                        "Fiktiva Hamnkvarteren",
                        List.of("G-TORG"),
                        new GroupRequest.Audit(mapped, members(101, 107, joined, 0, null))));
        groups.saveGroup(
                admin,
                "G-TORG",
                new GroupRequest(
                        "Torgnätverket",
                        "Fiktiva Torgstaden",
                        List.of("G-HAMN"),
                        new GroupRequest.Audit(mapped, members(108, 112, joined, 0, null))));
        groups.recordCallIn(
                coordinator,
                "G-HAMN",
                new CallInRequest(
                        today.minusDays(40),
                        "MALMO-2025",
                        List.of(ref(101), ref(102), ref(103), ref(105)),
                        List.of(
                                new CallInRequest.Speaker(SpeakerRole.TRAUMA_CARE, "Sjuksköterska (fiktiv)"),
                                new CallInRequest.Speaker(SpeakerRole.POLICE, null)),
                        List.of(new CallInRequest.Notification(ref(104), today.minusDays(35)))));
        incidents.report(
                liaison,
                new Incident(
                        "MDEMO-2026-0001",
                        "SHOOTING",
                        today.minusDays(12).atTime(22, 30).atZone(zone).toOffsetDateTime(),
                        "Fiktiva Hamnkvarteren",
                        "Skott mot ett fönster (fiktivt exempel).",
                        List.of(new Attribution("G-HAMN", Role.PERPETRATOR, Confidence.CONFIRMED)),
                        List.of(ref(102))));
        incidents.report(
                liaison,
                new Incident(
                        "MDEMO-2026-0002",
                        "EXPLOSION",
                        today.minusDays(3).atTime(2, 40).atZone(zone).toOffsetDateTime(),
                        "Fiktiva Torgstaden",
                        "Sprängning vid en butik (fiktivt exempel).",
                        List.of(new Attribution("G-TORG", Role.PERPETRATOR, Confidence.PROBABLE)),
                        List.of()));
    }

    private boolean embedded() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getURL().startsWith("jdbc:h2:");
        }
    }

    /** Embedded (H2, no row-level security) only: any site's rows make the database not empty. */
    private boolean empty() {
        return jdbc.sql("select count(*) from person").query(Long.class).single() == 0
                && jdbc.sql("select count(*) from gvi_group").query(Long.class).single() == 0;
    }

    void load(LocalDate today) {
        Actor admin = new Actor("admin", site);
        Actor coordinator = new Actor("coordinator", site);
        Actor liaison = new Actor("liaison", site);
        // ages on today: minors (13, 14, 16, 17) and adults; varied facts; one in custody, one exited
        int[] ages = {
            24, 19, 16, 27, 13, 22, 31, 17, 20, 25, 29, 18, 14, 23, 21, 26, 19, 16, 33, 22, 20, 28, 17, 24, 30, 21, 15,
            19, 35, 23
        };
        for (int i = 0; i < 30; i++) {
            int n = 101 + i;
            groups.savePerson(
                    admin,
                    ref(n),
                    new PersonRequest(
                            today.minusYears(ages[i]).minusDays(37L * i + 11),
                            facts(
                                    i % 4 == 0,
                                    i % 5 == 1,
                                    i % 7 == 2,
                                    i % 3 == 0,
                                    i % 2 == 1,
                                    i % 6 == 0,
                                    n == 107 || n == 125,
                                    i % 8 == 3)));
        }
        LocalDate mapped = today.minusDays(200);
        LocalDate joined = today.minusDays(400);
        groups.saveGroup(
                admin,
                "G-SKOG",
                new GroupRequest(
                        "Skogsgänget",
                        "Fiktiva Skogsdalen",
                        List.of("G-BERG"),
                        new GroupRequest.Audit(mapped, members(101, 112, joined, 110, today.minusDays(30)))));
        groups.saveGroup(
                admin,
                "G-BERG",
                new GroupRequest(
                        "Bergsligan",
                        "Fiktiva Bergåsen",
                        List.of("G-SKOG"),
                        new GroupRequest.Audit(mapped, members(113, 122, joined, 0, null))));
        groups.saveGroup(
                admin,
                "G-ANG",
                new GroupRequest(
                        "Ängsnätverket",
                        "Fiktiva Ängsholmen",
                        List.of(),
                        new GroupRequest.Audit(mapped, members(123, 130, joined, 0, null))));
        groups.recordCallIn(
                coordinator,
                "G-SKOG",
                new CallInRequest(
                        today.minusDays(60),
                        "HUDDINGE-2024",
                        List.of(ref(101), ref(102), ref(104), ref(106), ref(107), ref(108)),
                        List.of(
                                new CallInRequest.Speaker(SpeakerRole.RELATIVE, "En förälder (fiktiv)"),
                                new CallInRequest.Speaker(SpeakerRole.TRAUMA_CARE, "Traumakirurg (fiktiv)"),
                                new CallInRequest.Speaker(SpeakerRole.HOPE, null),
                                new CallInRequest.Speaker(SpeakerRole.POLICE, null),
                                new CallInRequest.Speaker(SpeakerRole.SOCIAL_SERVICES, null)),
                        List.of(
                                new CallInRequest.Notification(ref(103), today.minusDays(50)),
                                new CallInRequest.Notification(ref(105), today.minusDays(48)))));
        incidents.report(
                liaison,
                new Incident(
                        "DEMO-2026-0001",
                        "SHOOTING",
                        today.minusDays(20).atTime(21, 40).atZone(zone).toOffsetDateTime(),
                        "Fiktiva Skogsdalen centrum",
                        "Skott avlossade mot en port (fiktivt exempel).",
                        List.of(new Attribution("G-SKOG", Role.PERPETRATOR, Confidence.CONFIRMED)),
                        List.of(ref(101))));
        incidents.report(
                liaison,
                new Incident(
                        "DEMO-2026-0002",
                        "SHOOTING",
                        today.minusDays(10).atTime(1, 15).atZone(zone).toOffsetDateTime(),
                        "Fiktiva Bergåsen",
                        "Skottlossning mellan två grupper (fiktivt exempel).",
                        List.of(
                                new Attribution("G-SKOG", Role.PERPETRATOR, Confidence.PROBABLE),
                                new Attribution("G-BERG", Role.VICTIM, Confidence.CONFIRMED)),
                        List.of(ref(104), ref(126))));
        incidents.report(
                liaison,
                new Incident(
                        "DEMO-2026-0003",
                        "EXPLOSION",
                        today.minusDays(5).atTime(3, 5).atZone(zone).toOffsetDateTime(),
                        "Fiktiva Ängsholmen",
                        "Sprängning vid en entré (fiktivt exempel).",
                        List.of(new Attribution("G-ANG", Role.PERPETRATOR, Confidence.SUSPECTED)),
                        List.of()));
    }

    private static List<GroupRequest.Member> members(
            int from, int to, LocalDate joined, int exitedRef, @Nullable LocalDate exitedOn) {
        List<GroupRequest.Member> members = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            members.add(new GroupRequest.Member(ref(n), joined, n == exitedRef ? exitedOn : null));
        }
        return members;
    }

    private static String ref(int n) {
        return String.format("P-%04d", n);
    }

    /** The default vocabulary's facts, in its order, as a person request gives them. */
    private static Map<String, Boolean> facts(
            boolean underSupervision,
            boolean unservedSentence,
            boolean outstandingWarrant,
            boolean enforcementDebt,
            boolean registeredVehicle,
            boolean priorViolentOffence,
            boolean inCustody,
            boolean supportAccepted) {
        Map<String, Boolean> facts = new LinkedHashMap<>();
        facts.put("underSupervision", underSupervision);
        facts.put("unservedSentence", unservedSentence);
        facts.put("outstandingWarrant", outstandingWarrant);
        facts.put("enforcementDebt", enforcementDebt);
        facts.put("registeredVehicle", registeredVehicle);
        facts.put("priorViolentOffence", priorViolentOffence);
        facts.put("inCustody", inCustody);
        facts.put("supportAccepted", supportAccepted);
        return facts;
    }
}
