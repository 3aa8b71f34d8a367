/**
 * Provisioning without a sign-in: a SCIM 2.0 endpoint ({@code /scim/v2/Users}) through which an authority's identity
 * provider creates, changes and deactivates accounts ahead of the first sign-in, authenticated by a bearer token per
 * authority that the platform operator creates (shown once, stored only as a hash) and revokes.
 */
package de.willkommensakademie.provisioning;
