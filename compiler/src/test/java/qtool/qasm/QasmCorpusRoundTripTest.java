package qtool.qasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import qtool.dense.Equivalence;
import qtool.dense.UnitarySimulator;
import qtool.ir.Circuit;
import qtool.ir.GateFlag;
import qtool.ir.Instruction;
import qtool.testing.ReferenceData;

/**
 * Round trips over the QASMBench corpus: for every file qtool reads, writing OpenQASM 3 and reading
 * it back gives an equal circuit; writing OpenQASM 2 (which spells out every gate beyond the
 * paper's library as a definition) reads back to an equal circuit too; and on circuits of at most
 * 10 qubits the unitary of the original equals that of the OpenQASM 2 text read back with the
 * paper's strict library, where the definitions themselves are simulated.
 */
class QasmCorpusRoundTripTest {
    @TestFactory
    List<DynamicTest> writtenFilesReadBackEqual() throws IOException {
        Path dir = ReferenceData.dir("qasm/qasmbench");
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : QasmCorpusTest.files(dir, ".qasm", ".qasm3")) {
            if (QasmCorpusTest.KNOWN_INVALID.containsKey(f.getFileName().toString())) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(dir.relativize(f).toString(), () -> {
                Circuit c = QasmReader.defaults().read(f);
                String oq3 = QasmWriter.qasm3().write(c);
                assertEquals(c, QasmReader.parse(oq3), "OpenQASM 3 round trip");
                String oq2;
                try {
                    oq2 = QasmWriter.qasm2().write(c);
                } catch (QasmWriteException e) {
                    // OpenQASM 3 input (e.g. register names starting with '_') need not fit OpenQASM 2.
                    assertTrue(f.toString().endsWith(".qasm3"), e.getMessage());
                    return;
                }
                assertEquals(c, QasmReader.parse(oq2), "OpenQASM 2 round trip");
                if (c.numQubits() <= 10 && Files.size(f) < 200_000) {
                    Circuit strict = QasmReader.builder().strictQelib1(true).build().read(oq2, "strict.qasm", null);
                    Circuit a = unitaryPrefix(c);
                    Circuit b = unitaryPrefix(strict);
                    if (a.size() > 0) {
                        ZMatrixRMaj ua = UnitarySimulator.unitary(a);
                        ZMatrixRMaj ub = UnitarySimulator.unitary(b);
                        assertTrue(Equivalence.equalUpToGlobalPhase(ua, ub, 1e-8),
                                "unitary changed; distance " + Equivalence.phaseInvariantDistance(ua, ub));
                    }
                }
            }));
        }
        return tests;
    }

    /** The gates before the first measurement, reset or classically-conditioned operation. */
    static Circuit unitaryPrefix(Circuit c) {
        Circuit.Builder b = Circuit.builder(c.numQubits(), 0);
        for (Instruction in : c.instructions()) {
            if (in.condition() != null || in.numClbits() > 0
                    || !(in.gate().is(GateFlag.UNITARY) || in.gate().is(GateFlag.PHASE)
                    || in.gate().is(GateFlag.DIRECTIVE))) {
                break;
            }
            b.add(in);
        }
        return b.build();
    }
}
