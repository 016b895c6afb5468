package qtool.synthesis.rl;

import java.util.HashMap;
import java.util.Map;
import org.ejml.data.ZMatrixRMaj;
import qtool.dense.Equivalence;
import qtool.dense.Matrices;

/**
 * RL-guided synthesis of one unitary into a word over a discrete basis: the trained Q-network
 * ({@link RlModel}) guides {@link AqStarSearch} from {@code U†} to the identity. The returned word is
 * multiplied out with the basis matrices and its error measured against U before it is reported,
 * so {@link Result#success()} never relies on the search's own arithmetic.
 *
 * <p>Errors are Frobenius distances minimised over the global phase, as in the authors' code; the
 * operator-norm error, which bounds the error of any circuit using the word, is reported too. The
 * object caches finishing tables per ε and is meant for one thread at a time.
 */
public final class RlSynthesizer {
    private final RlModel model;
    private final SynthesisEnvironment env;
    private final SearchSettings settings;
    private final Map<Double, WordTable> tables = new HashMap<>();

    /** One synthesis: the word in time order (first letter applied first) and its measured errors. */
    public record Result(String basis, int[] letters, String word, int length, double error, double operatorError,
            double epsilon, boolean success, long nanos, int expanded) {
    }

    public RlSynthesizer(RlModel model, SearchSettings settings) {
        this.model = model;
        this.env = SynthesisEnvironment.of(model.basis());
        this.settings = settings;
    }

    /** The shipped model of a basis with the default search settings. */
    public static RlSynthesizer shipped(String basis) {
        return new RlSynthesizer(RlModel.shipped(basis), SearchSettings.defaults());
    }

    public RlModel model() {
        return model;
    }

    public GateBasis basis() {
        return model.basis();
    }

    public SearchSettings settings() {
        return settings;
    }

    /**
     * Synthesises U (2×2 or 4×4 by the basis, given as real and imaginary parts) to Frobenius
     * distance {@code epsilon} up to phase. Throws IllegalArgumentException for a non-unitary or
     * wrongly sized matrix or a non-positive ε. When the search fails, the closest word seen is
     * returned with {@code success == false}.
     */
    public Result synthesize(double[][] re, double[][] im, double epsilon) {
        if (!(epsilon > 0) || epsilon >= 2) {
            throw new IllegalArgumentException("epsilon must be in (0, 2), got " + epsilon);
        }
        long t0 = System.nanoTime();
        double[] start = env.start(re, im);
        WordTable table = null;
        if (env.stateSize() == 4 && settings.finishDepth() > 0) {
            table = tables.computeIfAbsent(epsilon, e -> new WordTable(model.basis(), settings.finishDepth(), e));
        }
        AqStarSearch.Outcome o = new AqStarSearch(env, model.network(), settings, table).search(start, epsilon);
        long nanos = System.nanoTime() - t0;
        ZMatrixRMaj u = toMatrix(re, im);
        ZMatrixRMaj w = model.basis().product(o.word());
        double error = Equivalence.phaseInvariantDistance(w, u);
        double opError = operatorDistance(w, u);
        return new Result(model.basis().name(), o.word(), model.basis().format(o.word()), o.word().length, error, opError,
                epsilon, error <= epsilon, nanos, o.expanded());
    }

    /** Builds the finishing table for ε ahead of timing runs. */
    public void prepare(double epsilon) {
        if (env.stateSize() == 4 && settings.finishDepth() > 0) {
            tables.computeIfAbsent(epsilon, e -> new WordTable(model.basis(), settings.finishDepth(), e));
        }
    }

    static ZMatrixRMaj toMatrix(double[][] re, double[][] im) {
        int n = re.length;
        ZMatrixRMaj m = new ZMatrixRMaj(n, n);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                m.set(r, c, re[r][c], im[r][c]);
            }
        }
        return m;
    }

    /**
     * {@code min over φ of ||W − e^{iφ}U||_2} (spectral norm) for 2×2 matrices, with φ aligned to the
     * trace of U†W; for larger matrices the Frobenius distance, which bounds it from above.
     */
    public static double operatorDistance(ZMatrixRMaj w, ZMatrixRMaj u) {
        if (w.numRows != 2) {
            return Equivalence.phaseInvariantDistance(w, u);
        }
        // For unitaries, W ≈ e^{iφ}U: D = U†W has eigenvalues e^{iα}, e^{iβ}; the best phase sits
        // between them and the distance is |e^{i(α−β)/2} − 1|. Computed from the quaternion of D.
        double[] q = Su2.fromMatrix(Matrices.multiply(Matrices.dagger(u), w));
        double half = Math.acos(Math.min(1, Math.abs(q[0])));
        return 2 * Math.sin(half / 2);
    }
}
