package se.samverkan.gvi.input;

import java.time.Clock;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.samverkan.gvi.GviSettings;

/**
 * The validator reads "today" from the service's clock in the site's zone, so a date rule means
 * the same calendar day as the decisions do (and follows a test's clock).
 */
@Configuration(proxyBeanMethods = false)
class InputPolicyConfiguration {

    @Bean
    ValidationConfigurationCustomizer siteClock(Clock clock, GviSettings settings) {
        return configuration -> configuration.clockProvider(() -> clock.withZone(settings.zone()));
    }
}
