package qtool.pass;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.GateFlag;
import qtool.ir.Instruction;
import qtool.ir.Param;

/**
 * Seeded random unitary circuits over the whole gate table, for pass tests: every unitary table
 * gate that fits, random constant angles in (-2π, 2π), and now and then extra {@code ctrl @}
 * controls (up to three) and {@code gphase}.
 */
public final class RandomCircuits {
    private RandomCircuits() {
    }

    /** The unitary table gates with at most {@code maxQubits} operands (gphase included). */
    public static List<Gate> unitaryGates(int maxQubits) {
        List<Gate> out = new ArrayList<>();
        for (Gate g : Gate.values()) {
            if (g.is(GateFlag.UNITARY) && g.numQubits() <= maxQubits) {
                out.add(g);
            }
        }
        return out;
    }

    public static Circuit circuit(Random rnd, int numQubits, int numGates) {
        return circuit(rnd, numQubits, numGates, unitaryGates(numQubits));
    }

    public static Circuit circuit(Random rnd, int numQubits, int numGates, List<Gate> gates) {
        Circuit.Builder b = Circuit.builder(numQubits, 0);
        while (b.size() < numGates) {
            Gate g = gates.get(rnd.nextInt(gates.size()));
            int controls = 0;
            if (rnd.nextInt(6) == 0) {
                controls = 1 + rnd.nextInt(3);
            }
            int arity = g.numQubits() + controls;
            if (arity > numQubits) {
                controls = 0;
                arity = g.numQubits();
            }
            int[] qs = distinct(rnd, numQubits, arity);
            List<Param> params = new ArrayList<>();
            for (int i = 0; i < g.numParams(); i++) {
                params.add(Param.constant((rnd.nextDouble() - 0.5) * 4 * Math.PI));
            }
            b.add(new Instruction(g, controls, qs, params, new int[0], null));
        }
        return b.build();
    }

    private static int[] distinct(Random rnd, int n, int k) {
        List<Integer> pool = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pool.add(i);
        }
        java.util.Collections.shuffle(pool, rnd);
        int[] out = new int[k];
        for (int i = 0; i < k; i++) {
            out[i] = pool.get(i);
        }
        return out;
    }
}
