package qtool.msc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import qtool.ir.Gate;
import qtool.ir.GateFlag;
import qtool.stim.Operation;
import qtool.stim.StabilizerCircuit;
import qtool.stim.StimTarget;

/**
 * The noiseless content matches the published circuit moment by moment: the same gates on the
 * same qubits (order inside a gate line ignored, except for measurements, whose order is the
 * record order), the same detectors with the same records and coordinates. Noise channels,
 * QUBIT_COORDS and our {@code I} placeholders are left out of the comparison.
 */
class Rp2CultivationMomentsTest {

    @Test
    void noiselessMomentsMatchThePublishedCircuit() throws IOException {
        List<List<String>> published = moments(Rp2Published.circuit());
        List<List<String>> ours = moments(new Rp2Cultivation().noiseless());
        assertEquals(published.size(), ours.size(), "number of moments");
        for (int i = 0; i < published.size(); i++) {
            assertEquals(published.get(i), ours.get(i), "moment " + i);
        }
    }

    private static List<List<String>> moments(StabilizerCircuit c) {
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (StabilizerCircuit.Item item : c.items()) {
            Operation op = (Operation) item;
            Gate g = op.gate();
            if (g == Gate.TICK) {
                out.add(current);
                current = new ArrayList<>();
            } else if (!g.is(GateFlag.NOISE) && g != Gate.QUBIT_COORDS && g != Gate.ID) {
                current.add(canonical(op));
            }
        }
        out.add(current);
        return out;
    }

    private static String canonical(Operation op) {
        Gate g = op.gate();
        List<String> parts = new ArrayList<>();
        if (g == Gate.MPP) {
            List<String> product = new ArrayList<>();
            for (int i = 0; i < op.numTargets(); i++) {
                int t = op.target(i);
                if (StimTarget.isCombiner(t)) {
                    continue;
                }
                product.add(StimTarget.toString(t));
                boolean last = i + 1 >= op.numTargets() || !StimTarget.isCombiner(op.target(i + 1));
                if (last) {
                    product.sort(null);
                    parts.add(String.join("*", product));
                    product = new ArrayList<>();
                }
            }
        } else if (g.is(GateFlag.UNITARY) && g.numQubits() == 2) {
            for (int i = 0; i + 1 < op.numTargets(); i += 2) {
                parts.add(StimTarget.toString(op.target(i)) + ">" + StimTarget.toString(op.target(i + 1)));
            }
            parts.sort(null);
        } else {
            for (int t : op.targets()) {
                parts.add(StimTarget.toString(t));
            }
            if (!g.is(GateFlag.MEASURE) && !g.is(GateFlag.ANNOTATION)) {
                parts.sort(null);
            }
        }
        StringBuilder args = new StringBuilder();
        for (double a : op.args()) {
            args.append(String.format(Locale.ROOT, "%g,", a));
        }
        return g.name() + "(" + args + ") " + String.join(" ", parts);
    }
}
