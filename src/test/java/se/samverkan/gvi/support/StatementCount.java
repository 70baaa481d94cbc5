package se.samverkan.gvi.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the service sends to the database: every execution (a query, an
 * update, a batch) is one, as it is one round trip. Import {@link Configuration} into an
 * {@link IntegrationTest} and inject this bean; {@link #during} tells what one call ran.
 */
public final class StatementCount implements QueryExecutionListener {

    private final List<String> statements = new ArrayList<>();
    /** The thread whose statements count: the service's background work (the outbox relay) does not. */
    private volatile @org.jspecify.annotations.Nullable Thread counting;

    /** What ran during {@code call}: the statements in order, and the call's result. */
    public record Counted<T>(List<String> statements, T result) {

        public int count() {
            return statements.size();
        }
    }

    public synchronized <T> Counted<T> during(Supplier<T> call) {
        statements.clear();
        counting = Thread.currentThread();
        try {
            T result = call.get();
            return new Counted<>(List.copyOf(statements), result);
        } finally {
            counting = null;
        }
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {}

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        if (Thread.currentThread() == counting) {
            statements.add(
                    String.join("; ", queries.stream().map(QueryInfo::getQuery).toList()));
        }
    }

    /** Wraps every DataSource of the context so that {@link StatementCount} sees its statements. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        static StatementCount statementCount() {
            return new StatementCount();
        }

        @Bean
        static BeanPostProcessor countingDataSource(
                org.springframework.beans.factory.ObjectProvider<StatementCount> count) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof DataSource dataSource
                            && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
                        return ProxyDataSourceBuilder.create(name, dataSource)
                                .listener(count.getObject())
                                .build();
                    }
                    return bean;
                }
            };
        }
    }
}
