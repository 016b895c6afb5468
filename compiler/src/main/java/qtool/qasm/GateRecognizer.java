package qtool.qasm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ejml.data.ZMatrixRMaj;
import qtool.dense.Equivalence;
import qtool.dense.Matrices;
import qtool.dense.UnitarySimulator;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.Instruction;
import qtool.ir.Param;

/**
 * Decides whether a user gate definition is a table gate under another name's clothes: same name,
 * same numbers of parameters and qubits, and the same unitary for random parameter values (exactly
 * in OpenQASM 3, where global phase matters under {@code ctrl @}; up to global phase in OpenQASM 2,
 * which has no observable global phase). Recognised definitions are replaced by the table gate, so
 * that files qtool writes, which define every non-standard gate they use, read back to the same IR.
 */
final class GateRecognizer {
    private static final int MAX_QUBITS = 5;
    private static final double TOLERANCE = 1e-9;
    private final boolean qasm2;

    GateRecognizer(boolean qasm2) {
        this.qasm2 = qasm2;
    }

    boolean matches(GateDef def, Gate gate, GateEmitter emitter) {
        int n = def.qubits().size();
        if (gate.numQubits() != n || gate.numParams() != def.params().size() || n > MAX_QUBITS || n == 0) {
            return false;
        }
        SplittableRandom rng = new SplittableRandom(0x5eed + def.name().hashCode());
        for (int trial = 0; trial < 2; trial++) {
            List<Param> params = new ArrayList<>();
            double[] values = new double[def.params().size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = rng.nextDouble(-3.0, 3.0);
                params.add(Param.constant(values[i]));
            }
            ZMatrixRMaj defined;
            try {
                defined = unitaryOf(def, params, emitter);
            } catch (CompileError | IllegalArgumentException | UnsupportedOperationException e) {
                return false;
            }
            if (defined == null) {
                return false;
            }
            ZMatrixRMaj table = gate.matrix(values);
            boolean same = qasm2 ? Equivalence.equalUpToGlobalPhase(defined, table, TOLERANCE)
                    : Equivalence.equal(defined, table, TOLERANCE);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** The definition's unitary in the table's big-endian operand order, or null if not unitary. */
    private static ZMatrixRMaj unitaryOf(GateDef def, List<Param> params, GateEmitter emitter) {
        int n = def.qubits().size();
        int[] qubits = new int[n];
        for (int i = 0; i < n; i++) {
            qubits[i] = i;
        }
        List<Instruction> body = new ArrayList<>();
        emitter.expand(def, List.of(), 0, params, qubits, body, def.loc());
        Circuit.Builder b = Circuit.builder(n, 0);
        for (Instruction in : body) {
            if (in.gate() == Gate.BARRIER) {
                continue;
            }
            if (in.numClbits() > 0 || in.condition() != null) {
                return null;
            }
            b.add(in);
        }
        Map<String, Double> env = new HashMap<>();
        // Circuit unitaries are little-endian over qubits; the table is big-endian over operands.
        return Matrices.reverseQubits(UnitarySimulator.unitary(b.build(), env));
    }
}
