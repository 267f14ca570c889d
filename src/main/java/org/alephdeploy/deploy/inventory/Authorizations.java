package org.alephdeploy.deploy.inventory;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.alephdeploy.message.Addresses;
import java.util.Collections;

/**
 * The security aggregates known for some owners. An owner mapped to an empty list was looked up
 * and grants nothing; an owner not in the map was not looked up (also treated as granting nothing).
 */
public final class Authorizations {
    private final Map<String, List<Authorization>> byOwner;

    public Authorizations(Map<String, List<Authorization>> byOwner) {
        TreeMap<String, List<Authorization>> copy = new TreeMap<>();
        byOwner.forEach((owner, list) -> copy.put(owner, List.copyOf(list)));
        this.byOwner = Collections.unmodifiableMap(copy);
    }

    public static Authorizations none() {
        return new Authorizations(Map.of());
    }

    public Map<String, List<Authorization>> byOwner() {
        return byOwner;
    }

    /**
     * True when {@code sender} may sign a {@code messageType} message whose content address is
     * {@code owner}: the same address, or an entry of the owner's aggregate that matches
     * (docs/PROTOCOL.md P-3.7; the aggregate is looked up by the exact owner string, P-2.3).
     */
    public boolean allows(String sender, String owner, String messageType, String chain, String channel) {
        if (Addresses.sameAddress(sender, owner)) {
            return true;
        }
        for (Authorization a : byOwner.getOrDefault(owner, List.of())) {
            if (a.allows(sender, messageType, chain, channel)) {
                return true;
            }
        }
        return false;
    }

    /** These grants with {@code newer}'s owners replacing the same owners here. */
    public Authorizations overlay(Authorizations newer) {
        TreeMap<String, List<Authorization>> merged = new TreeMap<>(byOwner);
        merged.putAll(newer.byOwner);
        return new Authorizations(merged);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Authorizations a && a.byOwner.equals(byOwner);
    }

    @Override
    public int hashCode() {
        return byOwner.hashCode();
    }

    @Override
    public String toString() {
        return "Authorizations" + byOwner;
    }
}
