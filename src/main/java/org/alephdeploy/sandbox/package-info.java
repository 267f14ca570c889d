/**
 * A local stand-in for an Aleph node (its HTTP API, message rules and storage), used by the tests
 * and by {@code aleph-deploy sandbox}.
 *
 * <p>The sandbox keeps its own copies of the wire vocabulary on purpose (statuses as the strings
 * of its tables, {@code rules.ErrorCode}, {@code store.MessageQuery}, {@code rules.PendingRetryPolicy},
 * {@code store.AggregateTable}, {@code rules.Pricing}): its rules are written from the documented
 * node behaviour, not from the client's code, so that two independent implementations agreeing is
 * the proof that both follow the protocol. It depends on {@code org.alephdeploy.message} only (the
 * envelope format, hashing and signatures); the client's vocabulary lives once in that package
 * ({@code MessageStatus}, {@code NodeErrorCode}, {@code ItemHashes}).
 */
package org.alephdeploy.sandbox;
