package se.samverkan.gvi.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.samverkan.gvi.GviApplication;

/**
 * Starts the service as an operator would: the prod profile, an in-memory database of its own, no
 * demo users, the identity provider's keys at an address that is never called, and the settings a
 * test gives, each of which replaces the default of the same name.
 */
final class ProdProfile {

    private ProdProfile() {}

    /** @param settings {@code --name=value} arguments; a name given here replaces the default */
    static ConfigurableApplicationContext start(String database, String... settings) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("gvi.security.jwt.jwk-set-uri", "http://127.0.0.1:9/never-called");
        args.put("spring.datasource.url", "jdbc:h2:mem:" + database + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        args.put("spring.datasource.username", "sa");
        args.put("spring.datasource.password", "");
        args.put("server.port", "0");
        args.put("gvi.rules.warm-up-evaluations", "1");
        for (String setting : settings) {
            int equals = setting.indexOf('=');
            if (!setting.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("not a --name=value setting: " + setting);
            }
            args.put(setting.substring(2, equals), setting.substring(equals + 1));
        }
        return new SpringApplicationBuilder(GviApplication.class)
                .profiles("prod")
                .run(args.entrySet().stream()
                        .map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
    }

    /** The port the started service listens on. */
    static int port(ConfigurableApplicationContext service) {
        return ((WebServerApplicationContext) service).getWebServer().getPort();
    }
}
