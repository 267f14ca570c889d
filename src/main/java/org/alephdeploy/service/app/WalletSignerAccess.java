package org.alephdeploy.service.app;

import java.util.Objects;
import java.util.Optional;
import org.alephdeploy.message.MessageSigner;
import org.alephdeploy.service.engine.SignerAccess;
import org.alephdeploy.service.node.NodeChoice;
import org.alephdeploy.service.node.NodeConnection;
import org.alephdeploy.service.wallet.DemoAccount;
import org.alephdeploy.service.wallet.WalletSession;
import org.alephdeploy.wallet.Account;
import org.alephdeploy.wallet.Signer;
import org.alephdeploy.wallet.WalletException;

/**
 * The wallet's selected account as the engine tasks see it. The public demo key signs only on the
 * local sandbox: on any other node it stays locked and unlocking it is refused with the reason,
 * so no wizard can sign with it there. Thread-safe (the session is).
 */
public final class WalletSignerAccess implements SignerAccess {
    static final String DEMO_ELSEWHERE = "The demo account's key is public, so it signs only on the local sandbox. "
            + "Choose another account in the wallet for this network, or switch to the local sandbox.";

    private final WalletSession wallet;
    private final NodeConnection nodes;

    public WalletSignerAccess(WalletSession wallet, NodeConnection nodes) {
        this.wallet = Objects.requireNonNull(wallet);
        this.nodes = Objects.requireNonNull(nodes);
    }

    @Override
    public Optional<String> address() {
        return wallet.selected().map(Account::address);
    }

    @Override
    public Optional<String> name() {
        return wallet.selected().map(Account::name);
    }

    @Override
    public boolean watchOnly() {
        return wallet.selected().map(Account::watchOnly).orElse(false);
    }

    @Override
    public boolean locked() {
        WalletSession.State s = wallet.state();
        return s.canSign() && (!s.unlocked() || demoElsewhere(s.selected()));
    }

    @Override
    public MessageSigner unlock(char[] password) throws UnlockException {
        Account selected = wallet.selected().orElseThrow(() -> new UnlockException(
                "No account is selected. Open the wallet to create, import or choose one."));
        if (demoElsewhere(selected)) {
            throw new UnlockException(DEMO_ELSEWHERE);
        }
        try {
            wallet.unlock(password);
        } catch (WalletException e) {
            throw new UnlockException(e.getMessage(), e);
        }
        return signer().orElseThrow(() -> new UnlockException("The account '" + selected.name()
                + "' locked itself again at once. Unlock it again, and raise the auto-lock time in the settings if it keeps happening."));
    }

    @Override
    public Optional<MessageSigner> signer() {
        if (wallet.selected().map(this::demoElsewhere).orElse(false)) {
            return Optional.empty();
        }
        return wallet.signer().filter(Signer::isUnlocked).map(MessageSigner.class::cast);
    }

    private boolean demoElsewhere(Account account) {
        return account != null && DemoAccount.isDemo(account.address())
                && nodes.current().choice().kind() != NodeChoice.Kind.SANDBOX;
    }
}
