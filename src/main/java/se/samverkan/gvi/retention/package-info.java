/** Erasing personal data after its retention period, while the decision log stays whole (SPEC §7). */
@NullMarked
package se.samverkan.gvi.retention;

import org.jspecify.annotations.NullMarked;
