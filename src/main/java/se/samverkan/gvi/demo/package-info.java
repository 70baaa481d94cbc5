/** The fictional demo data set of the embedded default (README, "Running it, and the demo users"). */
@NullMarked
package se.samverkan.gvi.demo;

import org.jspecify.annotations.NullMarked;
