package org.alephdeploy.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.alephdeploy.platform.FileLocks;
import org.alephdeploy.platform.LockHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two processes cannot interleave their changes of one wallet: the second one waits a little, then fails clearly. */
class WalletLockTest {
    private static final String A1 = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    private static final String A2 = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";

    @TempDir
    Path dir;

    @Test
    void aChangeWhileAnotherProcessHoldsTheWalletFailsWithBusyAndChangesNothing() throws Exception {
        WalletStore store = new WalletStore(dir, ScryptParams.LIGHT);
        store.watch("first", A1);
        try (LockHolder other = LockHolder.hold(dir.resolve(WalletStore.LOCK_FILE))) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> store.watch("second", A2)).isInstanceOf(WalletException.class)
                    .satisfies(e -> assertThat(((WalletException) e).reason()).isEqualTo(WalletException.Reason.BUSY))
                    .hasMessageContaining("being changed by another window or command")
                    .hasMessageContaining("nothing was changed").hasMessageContaining("try again");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("waits its patience, not forever")
                    .isLessThan(WalletStore.LOCK_PATIENCE.plusSeconds(10));
            assertThatThrownBy(() -> store.rename("first", "renamed")).isInstanceOf(WalletException.class);
            assertThatThrownBy(() -> store.remove("first")).isInstanceOf(WalletException.class);
        }
        assertThat(store.accounts()).extracting(Account::name).containsExactly("first");
        store.watch("second", A2);
        assertThat(store.accounts()).extracting(Account::name).containsExactly("first", "second");
    }

    @Test
    void aChangeWaitsForAShortChangeOfAnotherHolderThenGoesOn() throws Exception {
        WalletStore store = new WalletStore(dir, ScryptParams.LIGHT);
        store.watch("first", A1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Account> added;
            try (FileLocks other = FileLocks.tryAcquire(dir.resolve(WalletStore.LOCK_FILE))) {
                assertThat(other).isNotNull();
                added = pool.submit(() -> store.watch("second", A2));
                assertThat(added.isDone()).isFalse();
            }
            assertThat(added.get(WalletStore.LOCK_PATIENCE.toSeconds() + 10, TimeUnit.SECONDS).name()).isEqualTo("second");
        } finally {
            pool.shutdownNow();
        }
        List<String> names = new ArrayList<>();
        store.accounts().forEach(a -> names.add(a.name()));
        assertThat(names).containsExactly("first", "second");
    }
}
