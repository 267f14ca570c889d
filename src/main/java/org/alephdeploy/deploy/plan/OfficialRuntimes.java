package org.alephdeploy.deploy.plan;

import java.util.List;

/**
 * The official runtimes (STORE message hashes), newest first. The node publishes no list of
 * them; this is the one documented in docs/PROTOCOL.md (P-3.2, "The official runtime is the
 * STORE …"), and it grows here when a newer official runtime is documented.
 */
public final class OfficialRuntimes {
    /** Newest first. */
    public static final List<String> NEWEST_FIRST = List.of(
            "63f07193e6ee9d207b7d1fcf8286f9aee34e6f12f101d2ec77c1229f92964696");

    private OfficialRuntimes() {
    }

    public static String newest() {
        return NEWEST_FIRST.get(0);
    }

    /** Whether {@code ref} is the newest official runtime (an older official one, or another runtime, is not). */
    public static boolean isNewest(String ref) {
        return newest().equals(ref);
    }

    /** Whether {@code ref} is one of the official runtimes. */
    public static boolean isOfficial(String ref) {
        return NEWEST_FIRST.contains(ref);
    }
}
