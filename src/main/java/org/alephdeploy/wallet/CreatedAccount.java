package org.alephdeploy.wallet;

/** A freshly created account and the mnemonic that backs it up; show it once, then {@link Mnemonic#wipe()} it. */
public record CreatedAccount(Account account, Mnemonic mnemonic) {
}
