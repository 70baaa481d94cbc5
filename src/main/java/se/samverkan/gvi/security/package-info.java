/** Who the caller is (HTTP Basic demo users for now) and which role may call which endpoint (SPEC §7). */
@NullMarked
package se.samverkan.gvi.security;

import org.jspecify.annotations.NullMarked;
