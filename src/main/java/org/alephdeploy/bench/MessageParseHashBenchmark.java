package org.alephdeploy.bench;

import java.util.ArrayList;
import java.util.List;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageVerifier;

/** What receiving a message costs before its signature: parse the envelope text, hash and check item_content. */
public final class MessageParseHashBenchmark extends LoopBenchmark {
    private final String[] texts;

    public MessageParseHashBenchmark(MessageCorpus corpus) {
        this.texts = corpus.envelopeTexts().toArray(String[]::new);
    }

    @Override
    public String name() {
        return "message-parse-hash";
    }

    @Override
    public String description() {
        return "Message.parse of an envelope + ItemHashes.ofContent + MessageVerifier.checkHash";
    }

    @Override
    protected int operation(long i) {
        Message m = Message.parse(texts[(int) (i % texts.length)]);
        String hash = ItemHashes.ofContent(m.itemContent());
        List<String> problems = new ArrayList<>(0);
        if (!Boolean.TRUE.equals(MessageVerifier.checkHash(m, problems))) {
            throw new IllegalStateException("a corpus message does not hash to its item_hash: " + problems);
        }
        return hash.charAt(0);
    }
}
