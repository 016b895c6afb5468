package qtool.gen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import qtool.ir.Gate;
import qtool.stim.StabilizerCircuit;

/**
 * Rotated surface code memory experiments with the layout, qubit numbering, CNOT schedule,
 * detectors, observable and noise placement of Stim's {@code stim gen --code surface_code --task
 * rotated_memory_x|rotated_memory_z}.
 *
 * <p>Layout (coordinates as in the generated {@code QUBIT_COORDS}): data qubits at odd (x, y) in
 * [1, 2d-1]²; measure qubits at even (x, y) in [0, 2d]², X type where x/2 and y/2 differ in parity,
 * Z type otherwise, dropping X measures on the left/right edges and Z measures on the bottom/top
 * edges. Qubit index = x + (y - x mod 2)/2 · (2d + 1). The X observable runs along the data column
 * x = 1, the Z observable along the data row y = 1. Each round: TICK, H on X measures, four CNOT
 * layers (X measures visit (+1,+1), (-1,+1), (+1,-1), (-1,-1); Z measures (+1,+1), (+1,-1),
 * (-1,+1), (-1,-1), which sends hook errors across the logical), H, measure-reset of all measures.
 */
public final class RotatedSurfaceCode {
    private static final int[][] X_ORDER = {{1, 1}, {-1, 1}, {1, -1}, {-1, -1}};
    private static final int[][] Z_ORDER = {{1, 1}, {1, -1}, {-1, 1}, {-1, -1}};

    private RotatedSurfaceCode() {
    }

    /** Stim's {@code rotated_memory_x}: prepare |+⟩, run {@code rounds} rounds, measure X. */
    public static StabilizerCircuit memoryX(int distance, long rounds, NoiseParams noise) {
        return memory(distance, rounds, 'X', noise);
    }

    /** Stim's {@code rotated_memory_z}: prepare |0⟩, run {@code rounds} rounds, measure Z. */
    public static StabilizerCircuit memoryZ(int distance, long rounds, NoiseParams noise) {
        return memory(distance, rounds, 'Z', noise);
    }

    /** A memory experiment in {@code basis} ('X' or 'Z', either case). */
    public static StabilizerCircuit memory(int distance, long rounds, char basis, NoiseParams noise) {
        basis = Character.toUpperCase(basis);
        if (basis != 'X' && basis != 'Z') {
            throw new IllegalArgumentException("basis must be X or Z, not " + basis);
        }
        if (rounds < 1) {
            throw new IllegalArgumentException("Need rounds >= 1.");
        }
        if (distance < 2) {
            throw new IllegalArgumentException("Need a distance >= 2.");
        }
        if (distance > 4000) {
            throw new IllegalArgumentException("distance too large: " + distance);
        }
        boolean memX = basis == 'X';
        int d = distance;

        // Coordinates, sorted by (x, y) as Stim's coordinate sets are.
        List<int[]> dataCoords = new ArrayList<>();
        List<int[]> xObs = new ArrayList<>();
        List<int[]> zObs = new ArrayList<>();
        for (int x = 1; x < 2 * d; x += 2) {
            for (int y = 1; y < 2 * d; y += 2) {
                int[] q = {x, y};
                dataCoords.add(q);
                if (y == 1) {
                    zObs.add(q);
                }
                if (x == 1) {
                    xObs.add(q);
                }
            }
        }
        List<int[]> xMeasures = new ArrayList<>();
        List<int[]> zMeasures = new ArrayList<>();
        for (int x = 0; x <= d; x++) {
            for (int y = 0; y <= d; y++) {
                boolean boundary1 = x == 0 || x == d;
                boolean boundary2 = y == 0 || y == d;
                boolean parity = (x % 2) != (y % 2);
                if ((boundary1 && parity) || (boundary2 && !parity)) {
                    continue;
                }
                (parity ? xMeasures : zMeasures).add(new int[] {2 * x, 2 * y});
            }
        }

        // Index every qubit.
        Map<Long, Integer> p2q = new TreeMap<>();
        TreeMap<Integer, int[]> q2p = new TreeMap<>();
        for (List<int[]> l : List.of(dataCoords, xMeasures, zMeasures)) {
            for (int[] c : l) {
                int q = c[0] + (c[1] - c[0] % 2) / 2 * (2 * d + 1);
                p2q.put(key(c), q);
                q2p.put(q, c);
            }
        }
        int[] dataQubits = sortedIndices(dataCoords, p2q);
        int[] xMeasureQubits = sortedIndices(xMeasures, p2q);
        List<int[]> allMeasures = new ArrayList<>(xMeasures);
        allMeasures.addAll(zMeasures);
        int[] measureQubits = sortedIndices(allMeasures, p2q);
        Map<Long, Integer> dataOrder = new TreeMap<>();
        for (int i = 0; i < dataQubits.length; i++) {
            dataOrder.put(key(q2p.get(dataQubits[i])), i);
        }
        Map<Long, Integer> measureOrder = new TreeMap<>();
        for (int i = 0; i < measureQubits.length; i++) {
            measureOrder.put(key(q2p.get(measureQubits[i])), i);
        }

        // CNOT layers: X measures control their data, Z measures are targets.
        int[][] cnotLayers = new int[4][];
        for (int k = 0; k < 4; k++) {
            List<Integer> t = new ArrayList<>();
            for (int[] m : xMeasures) {
                Integer data = p2q.get(key(m[0] + X_ORDER[k][0], m[1] + X_ORDER[k][1]));
                if (data != null) {
                    t.add(p2q.get(key(m)));
                    t.add(data);
                }
            }
            for (int[] m : zMeasures) {
                Integer data = p2q.get(key(m[0] + Z_ORDER[k][0], m[1] + Z_ORDER[k][1]));
                if (data != null) {
                    t.add(data);
                    t.add(p2q.get(key(m)));
                }
            }
            cnotLayers[k] = t.stream().mapToInt(Integer::intValue).toArray();
        }

        // One round.
        CircuitAppender cycle = new CircuitAppender(noise);
        cycle.beginRoundTick(dataQubits);
        cycle.unitary1(Gate.H, xMeasureQubits);
        for (int[] layer : cnotLayers) {
            cycle.tick();
            cycle.unitary2(Gate.CX, layer);
        }
        cycle.tick();
        cycle.unitary1(Gate.H, xMeasureQubits);
        cycle.tick();
        cycle.measureReset(measureQubits, 'Z');
        StabilizerCircuit cycleCircuit = cycle.build();

        int nm = measureQubits.length;
        int nd = dataQubits.length;
        List<int[]> chosenMeasures = memX ? xMeasures : zMeasures;

        CircuitAppender out = new CircuitAppender(noise);
        for (Map.Entry<Integer, int[]> e : q2p.entrySet()) {
            out.qubitCoords(e.getKey(), e.getValue()[0], e.getValue()[1]);
        }
        out.reset(dataQubits, memX ? 'X' : 'Z');
        out.reset(measureQubits, 'Z');
        out.appendAll(cycleCircuit);
        for (int[] m : chosenMeasures) {
            out.detector(new double[] {m[0], m[1], 0}, nm - measureOrder.get(key(m)));
        }

        CircuitAppender body = new CircuitAppender(noise);
        body.appendAll(cycleCircuit);
        body.shiftCoords(0, 0, 1);
        for (int mq : measureQubits) {
            int[] c = q2p.get(mq);
            int k = nm - measureOrder.get(key(c));
            body.detector(new double[] {c[0], c[1], 0}, k, k + nm);
        }
        out.appendRepeated(body.build(), rounds - 1);

        out.measure(dataQubits, memX ? 'X' : 'Z');
        for (int[] m : chosenMeasures) {
            List<Integer> recs = new ArrayList<>();
            for (int[] delta : Z_ORDER) {
                Integer order = dataOrder.get(key(m[0] + delta[0], m[1] + delta[1]));
                if (order != null) {
                    recs.add(nd - order);
                }
            }
            recs.add(nd + nm - measureOrder.get(key(m)));
            out.detector(new double[] {m[0], m[1], 1}, sorted(recs));
        }
        List<Integer> obs = new ArrayList<>();
        for (int[] q : memX ? xObs : zObs) {
            obs.add(nd - dataOrder.get(key(q)));
        }
        out.observable(0, sorted(obs));
        return out.build();
    }

    private static int[] sorted(List<Integer> l) {
        int[] a = l.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(a);
        return a;
    }

    private static int[] sortedIndices(List<int[]> coords, Map<Long, Integer> p2q) {
        int[] a = new int[coords.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = p2q.get(key(coords.get(i)));
        }
        Arrays.sort(a);
        return a;
    }

    private static long key(int[] c) {
        return key(c[0], c[1]);
    }

    private static long key(int x, int y) {
        return ((long) x << 32) | (y & 0xFFFFFFFFL);
    }
}
