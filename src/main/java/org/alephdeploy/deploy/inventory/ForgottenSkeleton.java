package org.alephdeploy.deploy.inventory;

import java.util.List;
import java.util.Objects;

/** What the node still tells about a forgotten message: no content, only who owned it and which FORGETs hit it. */
public record ForgottenSkeleton(String itemHash, String type, String owner, List<String> forgottenBy) {
    public ForgottenSkeleton {
        Objects.requireNonNull(itemHash, "itemHash");
        Objects.requireNonNull(type, "type");
        forgottenBy = forgottenBy == null ? List.of() : List.copyOf(forgottenBy);
    }
}
