package se.samverkan.gvi.security;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Every transaction runs in the signed-in user's site (or a job's explicit scope), as the
 * non-superuser application role on PostgreSQL, so row-level security isolates the sites.
 */
@Configuration(proxyBeanMethods = false)
public class SiteDataConfiguration {

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource, GviSecuritySettings settings) {
        return new SiteTransactionManager(dataSource, settings.appRole());
    }
}
