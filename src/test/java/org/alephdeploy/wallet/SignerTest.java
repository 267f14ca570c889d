package org.alephdeploy.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.KeyPairSigner;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageDraft;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.MessageVerifier;
import org.alephdeploy.message.Verification;
import org.alephdeploy.wallet.WalletException.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignerTest {
    private static final char[] PASSWORD = WalletStoreTest.PASSWORD;

    @TempDir
    Path tmp;
    WalletStore store;

    @BeforeEach
    void open() {
        store = new WalletStore(tmp.resolve("wallets"), ScryptParams.LIGHT);
        store.importPrivateKey("main", WalletStoreTest.KEY_A.toCharArray(), PASSWORD);
    }

    @Test
    void anUnlockedSignerSignsMessagesTheVerifierAccepts() {
        Signer signer = store.signer("main");
        signer.unlock(PASSWORD);

        Message m = draft(signer.address()).sign(signer);

        Verification v = MessageVerifier.verify(m);
        assertThat(v.ok()).as(v.problems().toString()).isTrue();
        assertThat(m.sender()).isEqualTo(WalletStoreTest.ADDRESS_A);
        assertThat(m.chain()).isEqualTo("ETH");
        assertThat(m.signature()).isEqualTo(draft(signer.address()).sign(KeyPairSigner.fromHex(WalletStoreTest.KEY_A)).signature());
    }

    @Test
    void aLockedSignerRefusesToSign() {
        Signer signer = store.signer("main");
        assertThat(signer.isUnlocked()).isFalse();
        assertThat(signer.address()).isEqualTo(WalletStoreTest.ADDRESS_A);
        assertThatThrownBy(() -> draft(signer.address()).sign(signer)).isInstanceOfSatisfying(WalletException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.LOCKED)).hasMessageContaining("'main' is locked");

        signer.unlock(PASSWORD);
        signer.lock();

        assertThat(signer.isUnlocked()).isFalse();
        assertThatThrownBy(() -> signer.sign(new byte[] {1})).isInstanceOfSatisfying(WalletException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.LOCKED)).hasMessageContaining("Unlock it");
    }

    @Test
    void aWrongPasswordLeavesTheSignerLocked() {
        Signer signer = store.signer("main");

        assertThatThrownBy(() -> signer.unlock("wrong password".toCharArray())).isInstanceOfSatisfying(WalletException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD)).hasMessageContaining("account 'main'");
        assertThat(signer.isUnlocked()).isFalse();
    }

    @Test
    void theSignerLocksItselfAfterTheIdleTimeout() throws InterruptedException {
        Signer signer = store.signer("main", Duration.ofMillis(150));
        CountDownLatch locked = new CountDownLatch(1);
        signer.addLockListener(locked::countDown);

        signer.unlock(PASSWORD);

        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(signer.isUnlocked()).isFalse();
        assertThatThrownBy(() -> signer.sign(new byte[] {1})).isInstanceOfSatisfying(WalletException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.LOCKED)).hasMessageContaining("150 ms without use");
    }

    @Test
    void theDefaultIdleTimeoutIsFiveMinutesAndLockListenersRunOncePerLock() {
        Signer signer = store.signer("main");
        AtomicInteger locks = new AtomicInteger();
        signer.addLockListener(locks::incrementAndGet);

        signer.unlock(PASSWORD);
        signer.lock();
        signer.lock();

        assertThat(signer.idleTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(locks).hasValue(1);
    }

    @Test
    void signingFromManyThreadsWhileLockingNeverSignsWithoutAKey() throws Exception {
        Signer signer = store.signer("main");
        signer.unlock(PASSWORD);
        AtomicInteger signed = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 20; i++) {
                    try {
                        signer.sign(new byte[] {(byte) i});
                        signed.incrementAndGet();
                    } catch (WalletException e) {
                        refused.incrementAndGet();
                    }
                }
            });
            threads[t].start();
        }
        signer.lock();
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(30));
        }

        assertThat(signed.get() + refused.get()).isEqualTo(80);
        assertThat(signer.isUnlocked()).isFalse();
    }

    private static MessageDraft draft(String address) {
        ObjectNode content = Json.object();
        content.put("address", address);
        content.put("time", new BigDecimal("1767225610.0"));
        content.put("type", "test");
        content.putObject("content").put("body", "hello");
        return MessageDraft.inline(MessageType.POST, "TEST", content);
    }
}
