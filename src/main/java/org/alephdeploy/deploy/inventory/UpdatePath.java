package org.alephdeploy.deploy.inventory;

/** How a part of a program can still get new content. */
public enum UpdatePath {
    /** Publish a revision of its root STORE: the program's hash and URL stay. */
    REVISION,
    /** Amend the program ({@code replaces}): a new program hash and URL. */
    AMEND,
    /** Delete the program and create a new one: a new program hash and URL. */
    RECREATE,
    /** The signer may neither publish a revision nor change the program. */
    NONE
}
