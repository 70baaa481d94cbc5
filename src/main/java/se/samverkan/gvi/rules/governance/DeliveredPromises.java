package se.samverkan.gvi.rules.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverkan.gvi.persistence.SqlTime;

/**
 * The content of every promise as it was when first delivered at a stored call-in, per site (table
 * {@code delivered_promise}): what a reload or an impact run compares the folder's promise with.
 */
@Repository
class DeliveredPromises {

    /** A promise as first delivered: its canonical content and the call-in that first delivered it. */
    record Delivered(
            String promiseId,
            PromiseContent content,
            String sha256,
            UUID firstCallInId,
            String firstGroupRef,
            LocalDate firstDeliveredOn) {}

    private final JdbcClient jdbc;

    DeliveredPromises(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every delivered promise of the site, by id. */
    List<Delivered> all(String site) {
        return jdbc.sql("""
                select promise_id, content, content_sha256, first_call_in_id, first_group_ref, first_delivered_on
                from delivered_promise where site = :site order by promise_id""")
                .param("site", site)
                .query((rs, n) -> new Delivered(
                        rs.getString("promise_id"),
                        new PromiseContent(rs.getString("content")),
                        rs.getString("content_sha256").strip(),
                        rs.getObject("first_call_in_id", UUID.class),
                        rs.getString("first_group_ref"),
                        rs.getObject("first_delivered_on", LocalDate.class)))
                .list();
    }

    /**
     * Records the promise as delivered by the call-in, unless it was delivered before (its first
     * delivery is what counts). The caller holds the site's active-version lock, so two call-ins of
     * one site never record the same promise at once.
     *
     * @return true when this was the promise's first delivery
     */
    boolean recordFirst(
            String site,
            String promiseId,
            PromiseContent content,
            UUID callInId,
            String groupRef,
            LocalDate heldOn,
            Instant at) {
        int exists = jdbc.sql("select count(*) from delivered_promise where site = :site and promise_id = :id")
                .param("site", site)
                .param("id", promiseId)
                .query(Integer.class)
                .single();
        if (exists > 0) {
            return false;
        }
        jdbc.sql("""
                insert into delivered_promise (site, promise_id, content_sha256, content, first_call_in_id,
                    first_group_ref, first_delivered_on, recorded_at)
                values (:site, :id, :sha, :content, :callIn, :groupRef, :heldOn, :at)""")
                .param("site", site)
                .param("id", promiseId)
                .param("sha", content.sha256())
                .param("content", content.json())
                .param("callIn", callInId)
                .param("groupRef", groupRef)
                .param("heldOn", heldOn)
                .param("at", SqlTime.of(at))
                .update();
        return true;
    }
}
