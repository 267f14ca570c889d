package org.alephdeploy.deploy.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alephdeploy.message.MessageStatus;
import java.util.HashSet;
import java.util.Set;

/**
 * A program and its amends (PROGRAMs whose {@code replaces} leads back to it, at any depth), in
 * order of content time. {@code targetUnknown} flags a chain whose first known message amends a
 * program that is not in the snapshot.
 */
public record ProgramChain(ProgramView original, List<ProgramView> amends, boolean targetUnknown) {
    public ProgramChain {
        amends = List.copyOf(amends);
    }

    public List<ProgramView> versions() {
        List<ProgramView> out = new ArrayList<>();
        out.add(original);
        out.addAll(amends);
        return out;
    }

    /** The newest version that is live or pending, else the newest version. */
    public ProgramView current() {
        List<ProgramView> all = versions();
        for (int i = all.size() - 1; i >= 0; i--) {
            MessageStatus s = all.get(i).status();
            if (s.live() || s == MessageStatus.PENDING) {
                return all.get(i);
            }
        }
        return all.get(all.size() - 1);
    }

    public Optional<ProgramView> version(String itemHash) {
        return versions().stream().filter(v -> v.itemHash().equals(itemHash)).findFirst();
    }

    /** {@code hash} and every version that amends it directly or through other amends. */
    public List<ProgramView> withDescendants(String hash) {
        List<ProgramView> out = new ArrayList<>();
        Set<String> inSet = new HashSet<>();
        inSet.add(hash);
        for (ProgramView v : versions()) {
            if (inSet.contains(v.itemHash()) || (v.replaces() != null && inSet.contains(v.replaces()))) {
                inSet.add(v.itemHash());
                out.add(v);
            }
        }
        return out;
    }
}
