package org.alephdeploy.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import org.alephdeploy.deploy.inventory.MessageChecks;
import java.security.SignatureException;
import org.alephdeploy.message.Addresses;
import org.alephdeploy.message.EthSignatures;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.VerificationBuffer;
import org.alephdeploy.message.KeyPairSigner;

/**
 * What verifying a listing costs (docs/benchmarks.md): the checks every listed message passes
 * before it enters the inventory ({@link MessageChecks}: item hash of the exact content, signature
 * recovery), on as many messages as the {@code inventory-cold} benchmark lists (2,000 PROGRAMs and
 * 5,000 STOREs), cold on one thread, cold on the common pool (as the loader runs them, overlapped
 * with the listing), and warm (signatures already recovered in this process, hashes re-checked);
 * then signature recovery alone, CPU and allocation per recovery ({@code -Daleph.secp256k1.native=false}:
 * the web3j/BouncyCastle fallback instead of libsecp256k1).
 * Run from a checkout: {@code java -cp target/classes:target/test-classes:DEPS org.alephdeploy.bench.VerificationCost}.
 */
public final class VerificationCost {
    private static final int PROGRAMS = 2_000;
    private static final int STORES = 5_000;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.ThreadMXBean ALLOCATION = (com.sun.management.ThreadMXBean) CPU;

    private VerificationCost() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        List<Message> oneThread = messages(1);
        List<Message> pool = messages(2);
        System.out.printf(Locale.ROOT, "%d messages (%d PROGRAM, %d STORE), %d cores in the common pool%n",
                oneThread.size(), PROGRAMS, STORES, ForkJoinPool.commonPool().getParallelism());
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            long cpu0 = CPU.getCurrentThreadCpuTime();
            int bad = 0;
            for (Message m : oneThread) {
                bad += MessageChecks.problems(m).isEmpty() ? 0 : 1;
            }
            long cpu1 = CPU.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            long badPool = pool.parallelStream().filter(m -> !MessageChecks.problems(m).isEmpty()).count();
            long t2 = System.nanoTime();
            for (Message m : oneThread) {
                bad += MessageChecks.problems(m).isEmpty() ? 0 : 1;
            }
            long t3 = System.nanoTime();
            System.out.printf(Locale.ROOT, "cold, one thread: %d ms wall, %d ms CPU (%.0f µs CPU a message); cold, common pool: "
                    + "%d ms wall; warm (memo), one thread: %d ms wall; failures %d%n", (t1 - t0) / 1_000_000,
                    (cpu1 - cpu0) / 1_000_000, (cpu1 - cpu0) / 1000.0 / oneThread.size(), (t2 - t1) / 1_000_000,
                    (t3 - t2) / 1_000_000, bad + badPool);
            recoveries(messages(1_000 + r));
            if (r + 1 < rounds) {
                oneThread = messages(3 + 2 * r);
                pool = messages(4 + 2 * r);
            }
        }
    }

    /** Signature recovery alone (no hash check, no memo): CPU and bytes allocated per recovery on this thread. */
    private static void recoveries(List<Message> set) {
        List<byte[]> buffers = set.stream().map(VerificationBuffer::of).toList();
        long cpu0 = CPU.getCurrentThreadCpuTime();
        long bytes0 = ALLOCATION.getThreadAllocatedBytes(Thread.currentThread().getId());
        int wrong = 0;
        for (int i = 0; i < set.size(); i++) {
            try {
                wrong += Addresses.sameAddress(EthSignatures.recover(buffers.get(i), set.get(i).signature()), set.get(i).sender()) ? 0 : 1;
            } catch (SignatureException e) {
                wrong++;
            }
        }
        long bytes1 = ALLOCATION.getThreadAllocatedBytes(Thread.currentThread().getId());
        long cpu1 = CPU.getCurrentThreadCpuTime();
        System.out.printf(Locale.ROOT, "recovery alone (%s), %d signatures, one thread: %d ms CPU (%.1f µs a recovery), "
                + "%.1f KB allocated a recovery; wrong %d%n", EthSignatures.recoveryImplementation(), set.size(),
                (cpu1 - cpu0) / 1_000_000, (cpu1 - cpu0) / 1000.0 / set.size(), (bytes1 - bytes0) / 1024.0 / set.size(), wrong);
    }

    /** Signed messages shaped like the benchmark seed's; {@code salt} makes each set distinct (nothing memoised). */
    private static List<Message> messages(int salt) {
        BenchMessages b = new BenchMessages(1_700_000_000L + salt * 100_000L);
        List<KeyPairSigner> keys = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            keys.add(BenchMessages.signer(salt * 1000L + i));
        }
        List<Message> out = new ArrayList<>(PROGRAMS + STORES);
        for (int i = 0; i < STORES; i++) {
            out.add(b.store(keys.get(i % keys.size()), String.format("%064x", salt * 10_000_000L + i), null, "v" + i));
        }
        for (int i = 0; i < PROGRAMS; i++) {
            out.add(b.program(keys.get(i % keys.size()), String.format("%064x", i), "p" + i));
        }
        return out;
    }
}
