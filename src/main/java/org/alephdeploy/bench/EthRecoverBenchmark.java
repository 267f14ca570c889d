package org.alephdeploy.bench;

import java.security.SignatureException;
import java.util.List;
import org.alephdeploy.message.EthSignatures;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.VerificationBuffer;

/** EIP-191 public-key recovery over the corpus's verification buffers, checked against each sender. */
public final class EthRecoverBenchmark extends LoopBenchmark {
    private final List<Message> messages;
    private final byte[][] buffers;

    public EthRecoverBenchmark(MessageCorpus corpus) {
        this.messages = corpus.messages();
        this.buffers = messages.stream().map(VerificationBuffer::of).toArray(byte[][]::new);
    }

    @Override
    public String name() {
        return "eth-recover";
    }

    @Override
    public String description() {
        return "EthSignatures.recover of one signed message's verification buffer (" + EthSignatures.recoveryImplementation() + ")";
    }

    @Override
    protected int operation(long i) {
        int k = (int) (i % buffers.length);
        Message m = messages.get(k);
        try {
            String signer = EthSignatures.recover(buffers[k], m.signature());
            if (!signer.equals(m.sender())) {
                throw new IllegalStateException("recovered " + signer + " for a message sent by " + m.sender());
            }
            return signer.length();
        } catch (SignatureException e) {
            throw new IllegalStateException("a corpus signature does not recover: " + e.getMessage(), e);
        }
    }
}
