package org.alephdeploy.deploy.inventory;

import java.util.List;

/**
 * STOREs grouped by a user-string {@code ref}: the node's tag {@code <owner>/<ref>}, whose latest
 * is the live pin with the greatest content time.
 */
public record TagGroup(String tag, String ref, String owner, List<StoreRevision> revisions, StoreRevision current) {
    public TagGroup {
        revisions = List.copyOf(revisions);
    }
}
