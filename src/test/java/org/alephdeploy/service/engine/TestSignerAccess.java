package org.alephdeploy.service.engine;

import java.util.Arrays;
import java.util.Optional;
import org.alephdeploy.message.KeyPairSigner;
import org.alephdeploy.message.MessageSigner;

/**
 * A {@link SignerAccess} over a known key: unlocked from the start, or locked behind
 * {@code password} until {@link #unlock} is given it. Watch-only when built so.
 */
public final class TestSignerAccess implements SignerAccess {
    private final KeyPairSigner key;
    private final char[] password;
    private final boolean watchOnly;
    private volatile boolean unlocked;

    public TestSignerAccess(KeyPairSigner key, String password) {
        this(key, password, false);
    }

    private TestSignerAccess(KeyPairSigner key, String password, boolean watchOnly) {
        this.key = key;
        this.password = password == null ? null : password.toCharArray();
        this.watchOnly = watchOnly;
        this.unlocked = password == null && !watchOnly;
    }

    public static TestSignerAccess watchOnly(KeyPairSigner key) {
        return new TestSignerAccess(key, null, true);
    }

    @Override
    public Optional<String> address() {
        return Optional.of(key.address());
    }

    @Override
    public boolean watchOnly() {
        return watchOnly;
    }

    @Override
    public boolean locked() {
        return !watchOnly && !unlocked;
    }

    @Override
    public MessageSigner unlock(char[] given) throws UnlockException {
        if (watchOnly || password == null || !Arrays.equals(password, given)) {
            throw new UnlockException("The password is not the one of this account. Type it again.");
        }
        unlocked = true;
        return key;
    }

    @Override
    public Optional<MessageSigner> signer() {
        return unlocked ? Optional.of(key) : Optional.empty();
    }
}
