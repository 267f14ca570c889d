package org.alephdeploy.bench;

import java.util.List;
import org.alephdeploy.message.KeyPairSigner;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.VerificationBuffer;

/** EIP-191 signing (RFC 6979 k, low s) of the corpus's verification buffers by their signers. */
public final class EthSignBenchmark extends LoopBenchmark {
    private final KeyPairSigner[] signers;
    private final byte[][] buffers;

    public EthSignBenchmark(MessageCorpus corpus) {
        List<Message> messages = corpus.messages();
        List<KeyPairSigner> known = corpus.signers();
        this.buffers = messages.stream().map(VerificationBuffer::of).toArray(byte[][]::new);
        this.signers = messages.stream()
                .map(m -> known.stream().filter(s -> s.address().equals(m.sender())).findFirst().orElseThrow())
                .toArray(KeyPairSigner[]::new);
    }

    @Override
    public String name() {
        return "eth-sign";
    }

    @Override
    public String description() {
        return "KeyPairSigner.sign of one verification buffer";
    }

    @Override
    protected int operation(long i) {
        int k = (int) (i % buffers.length);
        return signers[k].sign(buffers[k]).charAt(131);
    }
}
