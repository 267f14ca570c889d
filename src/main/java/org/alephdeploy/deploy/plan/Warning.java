package org.alephdeploy.deploy.plan;

/** Something the user must read before signing. */
public record Warning(Kind kind, String words) {
    public enum Kind { NEW_HASH_AND_URL, PAYMENT, BALANCE, DELETE_FIRST, OWNERSHIP, DEPENDENTS, TIME, NODE }
}
