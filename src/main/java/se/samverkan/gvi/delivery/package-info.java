/**
 * Delivery of approved actions to the agencies through a transactional outbox relayed to RabbitMQ,
 * and the agencies' outcome reports coming back on a queue. Public API: the settings; everything
 * else is package-private and reached through the {@code ActionsApproved} event and the broker.
 */
@NullMarked
package se.samverkan.gvi.delivery;

import org.jspecify.annotations.NullMarked;
