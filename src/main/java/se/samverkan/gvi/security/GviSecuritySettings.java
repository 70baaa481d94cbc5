package se.samverkan.gvi.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param demoPassword password of the embedded demo users; stored only as a bcrypt hash
 * @param site         the site the users of this instance work within
 * @param passwordHashStrength bcrypt cost (log2 rounds, 4–31): HTTP Basic checks the hash on every request
 */
@ConfigurationProperties("gvi.security")
public record GviSecuritySettings(@DefaultValue("demo") String demoPassword, @DefaultValue("huddinge") String site,
        @DefaultValue("10") int passwordHashStrength) {

    @Override
    public String toString() {
        return "GviSecuritySettings[site=" + site + "]";
    }
}
