package org.alephdeploy.deploy.inventory;

import java.util.List;
import java.util.Optional;
import org.alephdeploy.message.Reference;
import java.util.ArrayList;

/**
 * Both axes of a program's immutability (PRODUCT.md "The two axes"): the config lock
 * ({@code allow_amend}) and, per reference, follows latest or pinned, with what each part can
 * still get and how.
 */
public record Mutability(boolean configLocked, UpdatePath settingsPath, String configWords, List<PartMutability> parts) {
    public Mutability {
        parts = List.copyOf(parts);
    }

    public Optional<PartMutability> part(Reference.Role role) {
        return parts.stream().filter(p -> p.role() == role).findFirst();
    }

    /** One line per axis entry, for details panes and the CLI. */
    public List<String> lines() {
        ArrayList<String> out = new ArrayList<>();
        out.add(configWords);
        parts.forEach(p -> out.add(p.words()));
        return out;
    }
}
