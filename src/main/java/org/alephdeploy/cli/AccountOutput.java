package org.alephdeploy.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.alephdeploy.message.Json;
import org.alephdeploy.wallet.Account;

/** An account as the wallet commands print it: JSON or one line. */
final class AccountOutput {
    private AccountOutput() {
    }

static ObjectNode json(Account a) {
    ObjectNode o = Json.object();
    o.put("name", a.name()).put("address", a.address()).put("kind", a.kind().label())
            .put("origin", a.origin().label()).put("created", a.created().toString());
    if (a.derivationPath() == null) {
        o.putNull("derivation_path");
    } else {
        o.put("derivation_path", a.derivationPath());
    }
    return o;
}

static void printAdded(Output out, Account a, String verb) {
    if (out.json()) {
        out.json(json(a));
    } else {
        out.line(verb + " account '" + a.name() + "' " + a.address()
                + (a.derivationPath() == null ? "" : " (" + a.derivationPath() + ")") + ".");
    }
}
}
