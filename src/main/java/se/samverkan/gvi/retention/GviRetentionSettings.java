package se.samverkan.gvi.retention;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param personalData how long incidents and person facts are kept after their last change
 * @param cron         when the erasure runs (Spring cron; "-" switches it off)
 */
@ConfigurationProperties("gvi.retention")
public record GviRetentionSettings(
        @DefaultValue("P5Y") Period personalData,
        @DefaultValue("0 15 3 * * *") String cron) {

    public GviRetentionSettings {
        if (personalData.isNegative() || personalData.toTotalMonths() < 6) {
            // The decision log must be readable with what it refers to for at least six months (AI Act art. 26(6)).
            throw new IllegalArgumentException("gvi.retention.personal-data must be at least P6M");
        }
    }
}
