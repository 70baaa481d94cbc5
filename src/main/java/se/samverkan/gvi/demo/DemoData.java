package se.samverkan.gvi.demo;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverkan.gvi.GviSettings;
import se.samverkan.gvi.group.GroupService;
import se.samverkan.gvi.incident.IncidentService;
import se.samverkan.gvi.security.Actor;
import se.samverkan.gvi.security.GviSecuritySettings;
import se.samverkan.gvi.security.SiteScope;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a fictional Huddinge-like data set (README, "Running it, and the demo users"), and a smaller
 * one for the second demo site {@code malmo}, only into an empty embedded database and never in the
 * prod profile. The data are files of the API's request bodies ({@code demo/default-site.yaml},
 * {@code demo/malmo.yaml}, read by {@link DemoFile}), stored through the same application services
 * the API uses, so a newcomer sees recommendations pending review at once. Every name, area and
 * reference is invented; dates are relative to today so the data stays current.
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
    private final Validator validator;
    private final JsonMapper json;

    DemoData(
            GviDemoSettings settings,
            DataSource dataSource,
            JdbcClient jdbc,
            GroupService groups,
            IncidentService incidents,
            GviSecuritySettings security,
            GviSettings gvi,
            Clock clock,
            Validator validator,
            JsonMapper json) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.groups = groups;
        this.incidents = incidents;
        this.site = security.defaultSite();
        this.secondSite = security.sites().contains(SECOND_SITE) && !SECOND_SITE.equals(site);
        this.zone = gvi.zone();
        this.clock = clock;
        this.validator = validator;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        if (!settings.enabled() || !embedded() || !empty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        SiteScope.forSite(site, () -> {
            load(site, "default-site.yaml", "", today);
            return null;
        });
        if (secondSite) {
            SiteScope.forSite(SECOND_SITE, () -> {
                load(SECOND_SITE, SECOND_SITE + ".yaml", SECOND_SITE + "-", today);
                return null;
            });
        }
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

    /**
     * Stores the site's demo file through the services, in the order the API would: persons, groups,
     * call-ins, then incidents, each request checked by the API's constraints first.
     */
    void load(String site, String file, String userPrefix, LocalDate today) {
        DemoFile demo = DemoFile.read(new ClassPathResource("demo/" + file), today, zone, json);
        demo.requests().forEach(this::check);
        Actor admin = new Actor(userPrefix + "admin", site);
        Actor coordinator = new Actor(userPrefix + "coordinator", site);
        Actor liaison = new Actor(userPrefix + "liaison", site);
        demo.persons().forEach((ref, person) -> groups.savePerson(admin, ref, person));
        demo.groups().forEach((ref, group) -> groups.saveGroup(admin, ref, group));
        demo.callIns().forEach((ref, callIn) -> groups.recordCallIn(coordinator, ref, callIn));
        demo.incidents().forEach(incident -> incidents.report(liaison, incident.incident()));
        log.info(
                "Loaded the fictional demo data set of {} (groups: {}, persons: {}, call-ins: {}, incidents: {})",
                site,
                demo.groups().size(),
                demo.persons().size(),
                demo.callIns().size(),
                demo.incidents().size());
    }

    private void check(Object request) {
        Set<ConstraintViolation<Object>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("The demo data breaks the API's constraints: " + violations);
        }
    }
}
