package org.alephdeploy.deploy.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Works out both axes of a program's mutability for one signing address: what the config lock
 * allows, and for each reference whether new content arrives as a revision (hash kept), an amend
 * or only a recreate (new hash and URL).
 */
public final class MutabilityRules {
    static final String CHAIN = "ETH";

    private MutabilityRules() {
    }

    /**
     * @param program     the program (its content must be known)
     * @param signer      the address that would sign
     * @param grants      the security grants of the owners involved
     * @param storeChannel the channel of a root STORE by hash, or null when unknown
     */
    public static Mutability evaluate(ProgramView program, String signer, Authorizations grants,
            Function<String, String> storeChannel) {
        boolean allowAmend = program.allowAmend();
        boolean mayChange = grants.allows(signer, program.owner(), "PROGRAM", CHAIN, program.channel());
        UpdatePath settingsPath = !mayChange ? UpdatePath.NONE : allowAmend ? UpdatePath.AMEND : UpdatePath.RECREATE;
        String config = allowAmend
                ? "config updatable (allow_amend true): a settings change is an amend → new hash and URL"
                : "config locked (allow_amend false): a settings change needs delete-and-recreate → new hash and URL";
        if (!mayChange) {
            config += "; " + signer + " cannot sign programs for " + program.owner();
        }
        List<PartMutability> parts = new ArrayList<>();
        for (ResolvedReference r : program.references()) {
            parts.add(part(r, settingsPath, signer, grants, storeChannel));
        }
        return new Mutability(!allowAmend, settingsPath, config, parts);
    }

    private static PartMutability part(ResolvedReference r, UpdatePath settingsPath, String signer, Authorizations grants,
            Function<String, String> storeChannel) {
        String label = r.label();
        boolean mayRevise = r.known() && r.storeOwner() != null
                && grants.allows(signer, r.storeOwner(), "STORE", CHAIN, storeChannel.apply(r.rootHash()));
        UpdatePath path;
        String words;
        if (r.followsLatest() && mayRevise) {
            path = UpdatePath.REVISION;
            words = label + ": follows latest → new " + noun(r) + " is a revision, hash and URL unchanged";
        } else {
            path = settingsPath;
            String why;
            if (r.pointsAtRevision()) {
                why = label + ": " + ResolvedReference.PINNED_TO_REVISION;
            } else if (r.followsLatest() && !r.known()) {
                why = label + ": follows latest of a STORE that is not in the snapshot";
            } else if (r.followsLatest()) {
                why = label + ": follows latest of a STORE owned by " + r.storeOwner()
                        + " → gets that owner's revisions; " + signer + " cannot publish them";
            } else {
                why = label + ": pinned, program " + (settingsPath == UpdatePath.AMEND ? "updatable" : "immutable");
            }
            words = why + " → " + switch (path) {
                case AMEND -> "amend, new hash and URL";
                case RECREATE -> "only delete-and-recreate, new hash and URL";
                case NONE -> "no change possible with this account";
                case REVISION -> throw new IllegalStateException("unreachable");
            };
        }
        return new PartMutability(r.role(), label, r.reference().ref(), r.followsLatest(), r.pointsAtRevision(), path, words);
    }

    private static String noun(ResolvedReference r) {
        return switch (r.role()) {
            case CODE -> "code";
            case RUNTIME -> "runtime";
            case DATA -> "data";
            case VOLUME, PARENT -> "content";
        };
    }
}
