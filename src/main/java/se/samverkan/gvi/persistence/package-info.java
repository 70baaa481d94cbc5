/**
 * What the modules' SQL repositories share: how an {@link java.time.Instant} is written to and read
 * from a {@code timestamp with time zone} column, how a list's children are read in one query and
 * written with their order, how databases migrated before a migration's comments were reworded
 * keep starting, and which database a connection is to.
 */
@NullMarked
package se.samverkan.gvi.persistence;

import org.jspecify.annotations.NullMarked;
