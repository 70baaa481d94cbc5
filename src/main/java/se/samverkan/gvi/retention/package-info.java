/**
 * Erasing personal data after its retention period, while the decision log stays whole
 * (docs/security.md, "Retention").
 */
@NullMarked
package se.samverkan.gvi.retention;

import org.jspecify.annotations.NullMarked;
