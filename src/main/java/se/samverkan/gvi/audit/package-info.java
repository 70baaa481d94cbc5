/** The hash-chained decision log (docs/security.md): what was reported, evaluated, decided and read, by whom. */
@NullMarked
package se.samverkan.gvi.audit;

import org.jspecify.annotations.NullMarked;
