package org.alephdeploy.cli;

import java.util.concurrent.Callable;
import org.alephdeploy.wallet.WalletException;
import org.alephdeploy.wallet.WalletStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A {@code wallet} subcommand: runs on the wallet store of the data directory, wallet failures as exit codes. */
abstract class WalletSubcommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        try {
            return run(Output.of(spec), WalletCommand.storeFactory.apply(Output.root(spec).dirs().wallets()));
        } catch (WalletException e) {
            throw new CliFailure(ExitCodes.FAILED, e.getMessage(), e);
        }
    }

    abstract int run(Output out, WalletStore store);
}
