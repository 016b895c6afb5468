package qtool.gen;

import qtool.ir.Gate;
import qtool.stim.StabilizerCircuit;

/**
 * Repetition code memory experiments as Stim's {@code stim gen --code repetition_code --task
 * memory}: qubits 0..2d-2 on a line, data qubits even, measure qubits odd; each round CNOTs from the
 * left then the right data neighbour into each measure qubit, then measure-reset; final Z
 * measurement of the data; the observable is the last data qubit.
 */
public final class RepetitionCode {
    private RepetitionCode() {
    }

    public static StabilizerCircuit memory(int distance, long rounds, NoiseParams noise) {
        if (rounds < 1) {
            throw new IllegalArgumentException("Need rounds >= 1.");
        }
        if (distance < 2) {
            throw new IllegalArgumentException("Need a distance >= 2.");
        }
        if (distance > 1 << 22) {
            throw new IllegalArgumentException("distance too large: " + distance);
        }
        int m = distance - 1;
        int n = 2 * m + 1;
        int[] all = new int[n];
        int[] data = new int[m + 1];
        int[] measures = new int[m];
        int[] cnot1 = new int[2 * m];
        int[] cnot2 = new int[2 * m];
        for (int q = 0; q < n; q++) {
            all[q] = q;
            if (q % 2 == 0) {
                data[q / 2] = q;
            } else {
                int k = q / 2;
                measures[k] = q;
                cnot1[2 * k] = q - 1;
                cnot1[2 * k + 1] = q;
                cnot2[2 * k] = q + 1;
                cnot2[2 * k + 1] = q;
            }
        }

        CircuitAppender cycle = new CircuitAppender(noise);
        cycle.beginRoundTick(data);
        cycle.unitary2(Gate.CX, cnot1);
        cycle.tick();
        cycle.unitary2(Gate.CX, cnot2);
        cycle.tick();
        cycle.measureReset(measures, 'Z');
        StabilizerCircuit cycleCircuit = cycle.build();

        CircuitAppender out = new CircuitAppender(noise);
        out.reset(all, 'Z');
        out.appendAll(cycleCircuit);
        for (int k = 0; k < m; k++) {
            out.detector(new double[] {2 * k + 1, 0}, m - k);
        }

        CircuitAppender body = new CircuitAppender(noise);
        body.appendAll(cycleCircuit);
        body.shiftCoords(0, 1);
        for (int k = 0; k < m; k++) {
            body.detector(new double[] {2 * k + 1, 0}, m - k, 2 * m - k);
        }
        out.appendRepeated(body.build(), rounds - 1);

        out.measure(data, 'Z');
        for (int k = 0; k < m; k++) {
            out.detector(new double[] {2 * k + 1, 1}, m - k, m - k + 1, 2 * m - k + 1);
        }
        out.observable(0, 1);
        return out.build();
    }
}
