package org.alephdeploy.wallet;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.alephdeploy.message.KeyPairSigner;
import org.alephdeploy.message.MessageSigner;
import org.alephdeploy.wallet.WalletException.Reason;
import org.web3j.crypto.ECKeyPair;

/**
 * Signs for one wallet account once unlocked. The decrypted key pair stays in memory until
 * {@link #lock()} or until the signer has been idle (no unlock or sign) for its idle timeout,
 * then it is dropped; {@link #sign} on a locked signer throws a LOCKED {@link WalletException}.
 * Thread-safe. {@link #unlock} blocks (scrypt); {@link #sign} takes a few milliseconds.
 * Lock listeners run on the thread that locks: the caller of {@link #lock()}, or the shared
 * daemon thread {@code wallet-auto-lock}.
 */
public final class Signer implements MessageSigner {
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(5);
    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private final WalletStore store;
    private final Account account;
    private final long idleNanos;
    private final List<Runnable> lockListeners = new CopyOnWriteArrayList<>();
    private ECKeyPair keyPair;
    private KeyPairSigner delegate;
    private long lastUse;
    private ScheduledFuture<?> autoLock;

    Signer(WalletStore store, Account account, Duration idleTimeout) {
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("the idle timeout must be positive");
        }
        this.store = store;
        this.account = account;
        this.idleNanos = idleTimeout.toNanos();
    }

    public Account account() {
        return account;
    }

    @Override
    public String address() {
        return account.address();
    }

    public Duration idleTimeout() {
        return Duration.ofNanos(idleNanos);
    }

    public synchronized boolean isUnlocked() {
        return keyPair != null;
    }

    /** Decrypts the account's keystore with {@code password} (the caller wipes it). Blocking. */
    public void unlock(char[] password) {
        ECKeyPair pair = store.decryptKeyPair(account, password);
        synchronized (this) {
            keyPair = pair;
            delegate = new KeyPairSigner(pair);
            lastUse = System.nanoTime();
            scheduleAutoLock(idleNanos);
        }
    }

    /** Drops the key from memory; does nothing when already locked. */
    public void lock() {
        if (dropKey()) {
            lockListeners.forEach(Runnable::run);
        }
    }

    private synchronized boolean dropKey() {
        if (keyPair == null) {
            return false;
        }
        keyPair = null;
        delegate = null;
        if (autoLock != null) {
            autoLock.cancel(false);
            autoLock = null;
        }
        return true;
    }

    /** Runs {@code listener} each time the signer locks (by {@link #lock()} or by the idle timeout). */
    public void addLockListener(Runnable listener) {
        lockListeners.add(listener);
    }

    public void removeLockListener(Runnable listener) {
        lockListeners.remove(listener);
    }

    @Override
    public synchronized String sign(byte[] verificationBuffer) {
        if (delegate == null) {
            throw new WalletException(Reason.LOCKED, "Account '" + account.name() + "' is locked"
                    + " (it was locked by hand or after " + describe(idleTimeout()) + " without use). Unlock it with its password, then try again.");
        }
        lastUse = System.nanoTime();
        return delegate.sign(verificationBuffer);
    }

    private void scheduleAutoLock(long delayNanos) {
        if (autoLock != null) {
            autoLock.cancel(false);
        }
        autoLock = TIMER.schedule(this::lockIfIdle, delayNanos, TimeUnit.NANOSECONDS);
    }

    private void lockIfIdle() {
        boolean locked;
        synchronized (this) {
            long idle = System.nanoTime() - lastUse;
            if (keyPair != null && idle < idleNanos) {
                scheduleAutoLock(idleNanos - idle);
                return;
            }
            locked = dropKey();
        }
        if (locked) {
            lockListeners.forEach(Runnable::run);
        }
    }

    private static String describe(Duration d) {
        if (d.toSeconds() >= 60 && d.toSeconds() % 60 == 0) {
            return d.toMinutes() + " minute" + (d.toMinutes() == 1 ? "" : "s");
        }
        return d.toSeconds() >= 1 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
            Thread th = new Thread(r, "wallet-auto-lock");
            th.setDaemon(true);
            return th;
        });
        t.setRemoveOnCancelPolicy(true);
        return t;
    }

    @Override
    public String toString() {
        return "Signer[" + account.name() + " " + account.address() + "]";
    }
}
