package org.alephdeploy.wallet;

import java.time.Instant;

/**
 * One account of the wallet, as listed (no secret).
 *
 * @param derivationPath the BIP-44 path for accounts made from a mnemonic, else null
 */
public record Account(String name, String address, Kind kind, Origin origin, Instant created, String derivationPath) {
    /** Whether the wallet can sign for the account. */
    public enum Kind {
        KEY("key"),
        WATCH_ONLY("watch-only");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The word shown to users and written to the index file. */
        public String label() {
            return label;
        }
    }

    /** How the account came into the wallet. */
    public enum Origin {
        CREATED("created"),
        PRIVATE_KEY("private-key"),
        MNEMONIC("mnemonic"),
        KEYSTORE("keystore"),
        ALEPH_KEY("aleph-key"),
        WATCH("watch");

        private final String label;

        Origin(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean watchOnly() {
        return kind == Kind.WATCH_ONLY;
    }
}
