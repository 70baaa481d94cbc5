package se.samverkan.gvi;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Service-wide settings.
 *
 * @param zone the zone in which the calendar date of an incident is read (docs/behaviour.md, "Dates and deadlines")
 */
@ConfigurationProperties("gvi")
public record GviSettings(@DefaultValue("Europe/Stockholm") ZoneId zone) {}
