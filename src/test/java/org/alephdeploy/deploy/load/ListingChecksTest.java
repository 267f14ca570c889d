package org.alephdeploy.deploy.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.alephdeploy.deploy.Signed;
import org.alephdeploy.deploy.inventory.ListedMessage;
import org.alephdeploy.message.Message;
import org.junit.jupiter.api.Test;

class ListingChecksTest {
    @Test
    void aMessageThatVerifiesStaysTheOneListedAndOneThatDoesNotIsFlagged() {
        List<ListedMessage> listed = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            listed.add(ListedMessage.processed(Signed.store(Signed.KEY0, 1_700_000_000L + i, "file " + i, null, "v" + i)));
        }
        ObjectNode envelope = Signed.store(Signed.KEY1, 1_700_000_100L, "other", null, "w").envelope();
        envelope.put("sender", Signed.A);
        ListedMessage forged = ListedMessage.processed(Message.of(envelope));
        listed.add(30, forged);
        ListingChecks checks = new ListingChecks(Runnable::run);

        checks.start(listed.subList(0, 40));
        List<ListedMessage> done = checks.finish(listed);

        assertThat(done).hasSize(61);
        for (int i = 0; i < done.size(); i++) {
            if (i == 30) {
                assertThat(done.get(i)).isNotSameAs(forged);
                assertThat(done.get(i).message()).isSameAs(forged.message());
                assertThat(done.get(i).problems()).singleElement().asString().contains("not by the sender");
            } else {
                assertThat(done.get(i)).isSameAs(listed.get(i));
                assertThat(done.get(i).verifies()).isTrue();
            }
        }
    }
}
