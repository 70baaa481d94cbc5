/**
 * Reporting, amending and retracting incidents; each version is evaluated in the request that
 * stores it, and stored with its recommendations in one transaction.
 */
@NullMarked
package se.samverkan.gvi.incident;

import org.jspecify.annotations.NullMarked;
