package qtool.pass;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import qtool.dense.Equivalence;
import qtool.dense.UnitarySimulator;
import qtool.ir.Circuit;
import qtool.ir.GateFlag;
import qtool.ir.Instruction;
import qtool.qasm.QasmReader;
import qtool.testing.ReferenceData;

/**
 * The contract every transformation pass inherits (architecture §2.2): on seeded random circuits
 * over the whole gate table, and on the unitary prefix of the small QASMBench circuits (≤ 6 qubits,
 * when the reference data is present), the output's unitary equals the input's up to global phase.
 * Subclasses supply {@link #pass()} and may add checks in {@link #checkOutput}.
 */
public abstract class PassContractTest {
    /** Corpus circuits above this many qubits are skipped (dense unitaries). */
    protected static final int MAX_CORPUS_QUBITS = 6;
    protected static final double TOL = 1e-8;

    /** A fresh pass under test. */
    protected abstract Pass pass();

    /** Extra assertions on one input/output pair (gate set, exact phase, ...). */
    protected void checkOutput(Circuit in, Circuit out) {
    }

    protected int randomCircuitCount() {
        return 12;
    }

    protected Circuit runPass(Circuit in) {
        return pass().run(in, new PropertySet());
    }

    protected void assertEquivalent(Circuit in, Circuit out, String what) {
        ZMatrixRMaj a = UnitarySimulator.unitary(in);
        ZMatrixRMaj b = UnitarySimulator.unitary(out);
        assertTrue(Equivalence.equalUpToGlobalPhase(a, b, TOL), what + ": " + pass().name()
                + " changed the unitary (phase-invariant distance " + Equivalence.phaseInvariantDistance(a, b) + ")");
        checkOutput(in, out);
    }

    @Test
    void preservesTheUnitaryOfRandomCircuits() {
        Random rnd = new Random(0x9a55);
        for (int t = 0; t < randomCircuitCount(); t++) {
            int n = 1 + t % 5;
            Circuit in = RandomCircuits.circuit(rnd, n, 6 + 2 * t);
            assertEquivalent(in, runPass(in), "random circuit " + t + " on " + n + " qubits");
        }
    }

    @TestFactory
    Stream<DynamicTest> preservesTheUnitaryOfSmallCorpusCircuits() throws IOException {
        Path dir = ReferenceData.dir("qasm/qasmbench/small");
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".qasm")).sorted().collect(Collectors.toList());
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : files) {
            Circuit c;
            try {
                c = QasmReader.defaults().read(f);
            } catch (RuntimeException e) {
                continue; // the reader's own tests cover unreadable files
            }
            if (c.numQubits() > MAX_CORPUS_QUBITS || !c.parameters().isEmpty()) {
                continue;
            }
            Circuit prefix = unitaryPrefix(c);
            tests.add(DynamicTest.dynamicTest(dir.relativize(f).toString(),
                    () -> assertEquivalent(prefix, runPass(prefix), f.getFileName().toString())));
        }
        return tests.stream();
    }

    /** The instructions before the first measurement, reset or classically conditioned one. */
    protected static Circuit unitaryPrefix(Circuit c) {
        Circuit.Builder b = c.emptyCopy();
        for (Instruction in : c.instructions()) {
            if (in.condition() != null || !(in.gate().is(GateFlag.UNITARY) || in.gate().is(GateFlag.DIRECTIVE))) {
                break;
            }
            b.add(in);
        }
        return b.build();
    }
}
