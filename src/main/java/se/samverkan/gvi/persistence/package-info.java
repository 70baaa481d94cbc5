/**
 * What the modules' SQL repositories share: how an {@link java.time.Instant} is written to and read
 * from a {@code timestamp with time zone} column.
 */
@NullMarked
package se.samverkan.gvi.persistence;

import org.jspecify.annotations.NullMarked;
