package qtool.synthesis.rl;

/**
 * {@link SynthesisEnvironment} over single-qubit unitaries up to phase, stored as unit quaternions
 * ({@link Su2}); the network reads the eight reals of the 2×2 matrix as in the authors' code.
 */
public final class OneQubitEnvironment implements SynthesisEnvironment {
    private final GateBasis basis;
    private final double[] letters;
    private final double[] inverses;

    public OneQubitEnvironment(GateBasis basis) {
        if (basis.numQubits() != 1) {
            throw new IllegalArgumentException("basis " + basis.name() + " is not a single-qubit basis");
        }
        this.basis = basis;
        letters = new double[4 * basis.size()];
        inverses = new double[4 * basis.size()];
        for (int a = 0; a < basis.size(); a++) {
            double[] q = Su2.fromMatrix(basis.gate(a).matrix());
            System.arraycopy(q, 0, letters, 4 * a, 4);
            System.arraycopy(Su2.conjugate(q), 0, inverses, 4 * a, 4);
        }
    }

    @Override
    public GateBasis basis() {
        return basis;
    }

    @Override
    public int stateSize() {
        return 4;
    }

    @Override
    public int featureSize() {
        return 8;
    }

    @Override
    public void identity(double[] out, int o) {
        out[o] = 1;
        out[o + 1] = 0;
        out[o + 2] = 0;
        out[o + 3] = 0;
    }

    @Override
    public void perturbedIdentity(double[] out, int o, double maxAngle, java.util.SplittableRandom rng) {
        double z = 2 * rng.nextDouble() - 1;
        double phi = 2 * Math.PI * rng.nextDouble();
        double r = Math.sqrt(1 - z * z);
        double half = (rng.nextDouble() - 0.5) * maxAngle / 2;
        double s = Math.sin(half);
        out[o] = Math.cos(half);
        out[o + 1] = s * r * Math.cos(phi);
        out[o + 2] = s * r * Math.sin(phi);
        out[o + 3] = s * z;
    }

    @Override
    public void step(double[] s, int so, int action, double[] out, int oo) {
        Su2.multiply(letters, 4 * action, s, so, out, oo);
    }

    @Override
    public void stepInverse(double[] s, int so, int action, double[] out, int oo) {
        Su2.multiply(inverses, 4 * action, s, so, out, oo);
    }

    @Override
    public double distanceToIdentity(double[] s, int o) {
        return Su2.distanceToIdentity(s, o);
    }

    @Override
    public void encode(double[] s, int o, double[] out, int oo) {
        Su2.encode(s, o, out, oo);
    }

    @Override
    public double[] start(double[][] re, double[][] im) {
        return Su2.conjugate(Su2.fromMatrix(re, im));
    }

    @Override
    public long key(double[] s, int o, double resolution) {
        double sign = Su2.canonicalSign(s, o);
        long h = 1125899906842597L;
        for (int i = 0; i < 4; i++) {
            h = 31 * h + Math.round(sign * s[o + i] / resolution);
        }
        return h;
    }

    @Override
    public void renormalize(double[] s, int o) {
        Su2.normalize(s, o);
    }
}
