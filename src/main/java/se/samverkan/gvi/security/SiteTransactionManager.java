package se.samverkan.gvi.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import se.samverkan.gvi.persistence.DatabaseProduct;

/**
 * Every transaction on PostgreSQL starts in the scope of {@link SiteScope#current()}: it sets
 * {@code gvi.site} and {@code gvi.scope} for this transaction only ({@code set_config(..., true)})
 * and switches to the non-superuser application role (as {@code SET LOCAL ROLE} does), so row-level
 * security applies even when the service connects as a superuser or as the table owner. Both end
 * with the transaction; the pooled connection goes back unchanged. On H2, which has no row-level
 * security, nothing is set: the application's own site filters isolate the sites there.
 */
public class SiteTransactionManager extends JdbcTransactionManager {

    private final @Nullable String appRole;
    private volatile @Nullable Boolean postgres;

    public SiteTransactionManager(DataSource dataSource, @Nullable String appRole) {
        super(dataSource);
        this.appRole = appRole == null || appRole.isBlank() ? null : appRole;
        if (this.appRole != null && !SiteScope.isSite(this.appRole.replace('_', '-'))) {
            throw new IllegalArgumentException("gvi.database.app-role must be a plain role name");
        }
    }

    @Override
    protected void prepareTransactionalConnection(Connection con, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(con, definition);
        if (!postgres(con)) {
            return;
        }
        SiteScope.Scope scope = SiteScope.current();
        String site = scope.kind() == SiteScope.Kind.SITE && scope.site() != null ? scope.site() : "";
        String kind = switch (scope.kind()) {
            case SYSTEM -> "system";
            case NATIONAL -> "national";
            default -> "";
        };
        // One round trip: the role is a setting like the others, and set_config('role', ..., true) is
        // SET LOCAL ROLE, with the same membership check.
        try (PreparedStatement ps = con.prepareStatement(
                appRole == null
                        ? "select set_config('gvi.site', ?, true), set_config('gvi.scope', ?, true)"
                        : "select set_config('gvi.site', ?, true), set_config('gvi.scope', ?, true),"
                                + " set_config('role', ?, true)")) {
            ps.setString(1, site);
            ps.setString(2, kind);
            if (appRole != null) {
                ps.setString(3, appRole);
            }
            ps.execute();
        }
    }

    private boolean postgres(Connection con) throws SQLException {
        Boolean known = postgres;
        if (known == null) {
            known = DatabaseProduct.isPostgres(con);
            postgres = known;
        }
        return known;
    }
}
