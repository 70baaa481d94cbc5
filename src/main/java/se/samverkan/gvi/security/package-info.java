/**
 * Who the caller is (demo users in the embedded default; in prod the agencies' identity provider:
 * bearer tokens for the API, OpenID Connect sign-in for the pages) and which role may call which
 * endpoint (docs/security.md).
 */
@NullMarked
package se.samverkan.gvi.security;

import org.jspecify.annotations.NullMarked;
