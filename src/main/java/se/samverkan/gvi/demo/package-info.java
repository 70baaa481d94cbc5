/** The fictional demo data set of the embedded default (SPEC §9). */
@NullMarked
package se.samverkan.gvi.demo;

import org.jspecify.annotations.NullMarked;
