/**
 * Single sign-on through each authority's OpenID Connect identity provider: the operator's settings, the sign-in (code
 * flow with PKCE) that creates, links and keeps accounts in step through the people feature, the login page's
 * "Mit Dienstkonto anmelden", and logout at the provider (RP-initiated and back-channel, across instances).
 */
package de.willkommensakademie.sso;
