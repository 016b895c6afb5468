package qtool.msc;
import org.junit.jupiter.api.Test;
import qtool.dem.*;
import java.util.*;
class TmpDistTest {
    static String desc(DetectorErrorModel.Error e, DetectorErrorModel dem) {
        double[][] co = DetectorCoordinates.of(dem);
        StringBuilder sb = new StringBuilder(String.format("p=%.1e{", e.probability()));
        for (long t : e.targets()) {
            if (DemTarget.isDetector(t)) { double[] c = co[(int) DemTarget.id(t)]; sb.append(String.format("D%d(%.1f,%.1f,s%d) ", DemTarget.id(t), c[0], c[1], (int) c[3])); }
            else if (DemTarget.isObservable(t)) sb.append("L0 ");
        }
        return sb.append("}").toString();
    }
    @Test
    void dist() {
        for (int dd : new int[] {3, 5}) {
        qtool.stim.StabilizerCircuit c = dd == 3 ? new ColorCultivation().noisy(1e-3) : new ColorCultivation5().noisy(1e-3);
        DetectorErrorModel dem = CircuitToDem.convert(c, false);
        SplittableRandom rng = new SplittableRandom(7);
        long[] z = new long[(int) dem.numDetectors()];
        for (int i = 0; i < z.length; i++) z[i] = rng.nextLong() | 1L << 63;
        List<DetectorErrorModel.Error> errs = dem.flattenedErrors();
        int n = errs.size();
        long[] h = new long[n];
        boolean[] o = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (long t : errs.get(i).targets()) {
                if (DemTarget.isDetector(t)) h[i] ^= z[(int) DemTarget.id(t)];
                else if (DemTarget.isObservable(t)) o[i] ^= true;
            }
        }
        Map<Long, Boolean> single = new HashMap<>();
        for (int i = 0; i < n; i++) single.put(h[i], o[i]);
        long t0 = System.nanoTime();
        int w3 = 0;
        double p3 = 0;
        for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) {
            Boolean k = single.get(h[i] ^ h[j]);
            if (k != null && k != (o[i] ^ o[j])) { w3++; int kk = -1; for (int x = 0; x < n; x++) if (h[x] == (h[i] ^ h[j])) kk = x; p3 += errs.get(i).probability() * errs.get(j).probability() * errs.get(kk).probability(); }
        }
        System.out.println("d" + dd + " errors " + n + " weight-3 undetected logical triples (each counted 3x) " + w3 + " in " + (System.nanoTime() - t0) / 1e9 + " s; leading order per shot " + p3 / 3);
        if (dd == 5) {
            double[] pr = new double[n];
            for (int i = 0; i < n; i++) pr[i] = errs.get(i).probability();
            int m = n * (n - 1) / 2;
            long[] packed = new long[m];
            int[] pi = new int[m], pj = new int[m];
            long[] ph = new long[m];
            int q = 0;
            for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) {
                pi[q] = i; pj[q] = j; ph[q] = h[i] ^ h[j];
                packed[q] = ((ph[q] >>> 24) << 22) | q; q++;
            }
            Arrays.sort(packed);
            double sum = 0; long sets = 0;
            int a = 0;
            while (a < m) {
                int b = a;
                while (b < m && (packed[b] >>> 22) == (packed[a] >>> 22)) b++;
                if (b - a > 1) {
                    Map<Long, double[]> g = new HashMap<>();
                    Map<Long, long[]> cnt = new HashMap<>();
                    for (int c2 = a; c2 < b; c2++) {
                        int idx = (int) (packed[c2] & ((1 << 22) - 1));
                        int par = o[pi[idx]] ^ o[pj[idx]] ? 1 : 0;
                        g.computeIfAbsent(ph[idx], k -> new double[2])[par] += pr[pi[idx]] * pr[pj[idx]];
                        cnt.computeIfAbsent(ph[idx], k -> new long[2])[par]++;
                    }
                    for (Long k : g.keySet()) { sum += g.get(k)[0] * g.get(k)[1]; sets += cnt.get(k)[0] * cnt.get(k)[1];
                        if (cnt.get(k)[0] * cnt.get(k)[1] > 0) {
                            StringBuilder sb = new StringBuilder("GROUP");
                            for (int c2 = a; c2 < b; c2++) {
                                int idx = (int) (packed[c2] & ((1 << 22) - 1));
                                if (ph[idx] != k) continue;
                                sb.append(" | ").append(desc(errs.get(pi[idx]), dem)).append(" + ").append(desc(errs.get(pj[idx]), dem));
                            }
                            System.out.println(sb);
                        }
                    }
                }
                a = b;
            }
            System.out.println("d5 weight-4 undetected logical sets " + sets / 3 + ", leading-order probability per shot " + sum / 3
                + " -> per kept shot (keep 0.14396) " + sum / 3 / 0.14396 + " in " + (System.nanoTime() - t0) / 1e9 + " s");
        }
        }
    }
}
