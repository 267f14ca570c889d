package org.alephdeploy.service.wallet;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.alephdeploy.message.Addresses;
import org.alephdeploy.wallet.Account;
import org.alephdeploy.wallet.Mnemonic;
import org.alephdeploy.wallet.Signer;
import org.alephdeploy.wallet.WalletException;
import org.alephdeploy.wallet.WalletStore;

/**
 * The wallet as the window uses it: the accounts, the one selected, and that account's
 * {@link Signer}. Services that publish take {@link #signer()} (locked or not) and sign through
 * it; a locked signer throws a LOCKED {@link WalletException}, which they turn into "unlock first".
 *
 * <p>Methods that touch the wallet directory or run scrypt block (marked); call them on a worker
 * thread. {@link #state()}, {@link #selected()} and {@link #signer()} do not block. Thread-safe.
 * Listeners get the new {@link State} on the thread that caused the change: a worker, or the
 * signer's {@code wallet-auto-lock} thread when the idle timeout locks it.
 *
 * <p>Secrets come in as {@code char[]} owned by the caller, who wipes them afterwards.
 */
public final class WalletSession {
    /** The selected account (null when none) and whether its key is in memory. */
    public record State(Account selected, boolean unlocked) {
        public static final State NONE = new State(null, false);

        /** The selected account has a key in the wallet (it may still be locked). */
        public boolean canSign() {
            return selected != null && !selected.watchOnly();
        }
    }

    private final WalletStore store;
    private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
    private final Runnable onSignerLocked = this::fire;
    private volatile Duration idleTimeout;
    private Account selected;
    private Signer signer;

    public WalletSession(WalletStore store, Duration idleTimeout) {
        this.store = Objects.requireNonNull(store);
        this.idleTimeout = idleTimeout;
    }

    public WalletStore store() {
        return store;
    }

    /** Every account, in the order they were added. Blocking (reads the account list). */
    public List<Account> accounts() {
        return store.accounts();
    }

    public synchronized State state() {
        return new State(selected, signer != null && signer.isUnlocked());
    }

    public synchronized Optional<Account> selected() {
        return Optional.ofNullable(selected);
    }

    /** The selected account's signer, locked or unlocked; empty for none or a watch-only account. */
    public synchronized Optional<Signer> signer() {
        return Optional.ofNullable(signer);
    }

    /** Idle time after which a signer locks itself; applies from the next selection. */
    public void setIdleTimeout(Duration value) {
        idleTimeout = value;
    }

    /** Selects the account named {@code name}; the previous signer is locked. Blocking. */
    public Account select(String name) {
        Account a = store.account(name);
        install(a);
        return a;
    }

    /** Forgets the selection (and locks its signer). */
    public void deselect() {
        install(null);
    }

    /** Unlocks the selected account with {@code password}. Blocking (scrypt, about a second). */
    public void unlock(char[] password) {
        Signer s;
        synchronized (this) {
            if (selected == null) {
                throw new IllegalStateException("no account selected");
            }
            s = signer;
        }
        if (s == null) {
            throw new WalletException(WalletException.Reason.WATCH_ONLY, "Account '" + selected().map(Account::name).orElse("")
                    + "' is watch-only: the wallet has no key for it, so there is nothing to unlock.");
        }
        s.unlock(password);
        fire();
    }

    public void lock() {
        Signer s;
        synchronized (this) {
            s = signer;
        }
        if (s != null) {
            s.lock();
        }
    }

    /** Stores a created account once its owner confirmed the mnemonic backup, and selects it. Blocking. */
    public Account create(String name, Mnemonic mnemonic, char[] password) {
        return selectNew(store.create(name, mnemonic, password));
    }

    public Account importPrivateKey(String name, char[] hexKey, char[] password) {
        return selectNew(store.importPrivateKey(name, hexKey, password));
    }

    public Account importMnemonic(String name, char[] words, char[] passphrase, int index, char[] password) {
        return selectNew(store.importMnemonic(name, words, passphrase, index, password));
    }

    public Account importKeystore(String name, Path file, char[] password) {
        return selectNew(store.importKeystore(name, file, password));
    }

    public Account importAlephKey(String name, Path keyFile, char[] password) {
        return selectNew(store.importAlephKey(name, keyFile, password));
    }

    public Account watch(String name, String address) {
        return selectNew(store.watch(name, address));
    }

    /** Renames an account; the selection follows it. Blocking. */
    public Account rename(String oldName, String newName) {
        Account renamed = store.rename(oldName, newName);
        boolean wasSelected;
        synchronized (this) {
            wasSelected = selected != null && Addresses.sameAddress(selected.address(), renamed.address());
            if (wasSelected) {
                selected = renamed;
            }
        }
        if (wasSelected) {
            fire();
        }
        return renamed;
    }

    /** Removes an account and its keystore; a selected account is deselected first. Blocking. */
    public void remove(String name) {
        Account a = store.account(name);
        boolean wasSelected;
        synchronized (this) {
            wasSelected = selected != null && Addresses.sameAddress(selected.address(), a.address());
        }
        if (wasSelected) {
            install(null);
        }
        store.remove(name);
    }

    /** Copies the account's keystore to {@code target} (600). Blocking. */
    public void exportKeystore(String name, Path target) {
        store.exportKeystore(name, target);
    }

    public void addListener(Consumer<State> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<State> listener) {
        listeners.remove(listener);
    }

    private Account selectNew(Account a) {
        install(a);
        return a;
    }

    private void install(Account account) {
        Signer old;
        synchronized (this) {
            old = signer;
            selected = account;
            signer = account == null || account.watchOnly() ? null : store.signer(account.name(), idleTimeout);
            if (signer != null) {
                signer.addLockListener(onSignerLocked);
            }
        }
        if (old != null) {
            old.removeLockListener(onSignerLocked);
            old.lock();
        }
        fire();
    }

    private void fire() {
        State s = state();
        listeners.forEach(l -> l.accept(s));
    }
}
