package qtool.codes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * An immutable stabilizer code: generators of the stabilizer group (possibly over-complete — the
 * RP² code has one product relation per check type), k pairs of logical operators, and optional
 * qubit coordinates.
 *
 * <p>Nothing is checked at construction so that broken codes can be represented and rejected with
 * a precise message by {@link #verify()}; the factories in this package call verify() themselves.
 */
public final class StabilizerCode {
    /** A qubit's position; (row, col) for the grid codes, Stim-style (x, y) elsewhere. */
    public record Coord(double x, double y) {
    }

    private final String name;
    private final int n;
    private final List<PauliString> stabilizers;
    private final List<PauliString> logicalXs;
    private final List<PauliString> logicalZs;
    private final List<Coord> coords;
    /** Eliminated once at construction (final, so safely shared between threads); never mutated after. */
    private final SymplecticBasis basis;

    public StabilizerCode(String name, int n, List<PauliString> stabilizers, List<PauliString> logicalXs,
            List<PauliString> logicalZs, List<Coord> coords) {
        this.name = Objects.requireNonNull(name);
        this.n = n;
        this.stabilizers = List.copyOf(stabilizers);
        this.logicalXs = List.copyOf(logicalXs);
        this.logicalZs = List.copyOf(logicalZs);
        this.coords = coords == null ? List.of() : List.copyOf(coords);
        if (this.logicalXs.size() != this.logicalZs.size()) {
            throw new IllegalArgumentException("logical X and Z counts differ");
        }
        if (!this.coords.isEmpty() && this.coords.size() != n) {
            throw new IllegalArgumentException(this.coords.size() + " coordinates for " + n + " qubits");
        }
        for (List<PauliString> list : List.of(this.stabilizers, this.logicalXs, this.logicalZs)) {
            for (PauliString p : list) {
                if (p.n() != n) {
                    throw new IllegalArgumentException("operator " + p + " is on " + p.n() + " qubits, code has " + n);
                }
            }
        }
        this.basis = SymplecticBasis.of(n, this.stabilizers);
    }

    /** One logical qubit. */
    public StabilizerCode(String name, int n, List<PauliString> stabilizers, PauliString logicalX,
            PauliString logicalZ, List<Coord> coords) {
        this(name, n, stabilizers, List.of(logicalX), List.of(logicalZ), coords);
    }

    public String name() {
        return name;
    }

    public int n() {
        return n;
    }

    public List<PauliString> stabilizers() {
        return stabilizers;
    }

    public List<PauliString> xStabilizers() {
        return stabilizers.stream().filter(p -> p.isXType() && !p.isIdentityUpToPhase()).toList();
    }

    public List<PauliString> zStabilizers() {
        return stabilizers.stream().filter(p -> p.isZType() && !p.isIdentityUpToPhase()).toList();
    }

    public List<PauliString> logicalXs() {
        return logicalXs;
    }

    public List<PauliString> logicalZs() {
        return logicalZs;
    }

    public PauliString logicalX() {
        return logicalXs.get(0);
    }

    public PauliString logicalZ() {
        return logicalZs.get(0);
    }

    /** i·X_L·Z_L, the Hermitian logical Y (Y = iXZ). */
    public PauliString logicalY() {
        return logicalX().times(logicalZ()).timesPhase(1);
    }

    public List<Coord> coords() {
        return coords;
    }

    /** Rank over GF(2) of the generators' symplectic vectors. */
    public int rank() {
        return basis().rank();
    }

    /** Number of logical qubits n − rank (assumes commuting generators). */
    public int k() {
        return n - rank();
    }

    /** A basis of the stabilizer group: the generators that are independent of earlier ones. */
    public List<PauliString> independentStabilizers() {
        return basis().independentGenerators();
    }

    /** Whether p is in the stabilizer group, ignoring its phase. */
    public boolean stabilizerGroupContainsUpToPhase(PauliString p) {
        return basis().containsUpToPhase(p);
    }

    /** Whether p, with its sign, is an element of the stabilizer group. */
    public boolean stabilizerGroupContains(PauliString p) {
        BitSet combo = basis().express(p);
        return combo != null && basis().signedProduct(combo).equals(p);
    }

    /** Whether p and q are the same operator on the code space up to a stabilizer (phases ignored). */
    public boolean equivalentUpToPhase(PauliString p, PauliString q) {
        return stabilizerGroupContainsUpToPhase(p.times(q));
    }

    /**
     * Whether q = s·p for a stabilizer s (with sign): then p and q act identically on the code space.
     * Uses the signed product s = q·p⁻¹ = q·p† (p Hermitian, so p⁻¹ = p).
     */
    public boolean equivalent(PauliString p, PauliString q) {
        return stabilizerGroupContains(q.times(p));
    }

    /**
     * Whether {@code others} generate the same stabilizer group as this code, phases ignored
     * (same span of symplectic vectors).
     */
    public boolean sameGroupUpToPhase(List<PauliString> others) {
        SymplecticBasis b = SymplecticBasis.of(n, others);
        if (b.rank() != rank()) {
            return false;
        }
        for (PauliString p : others) {
            if (!stabilizerGroupContainsUpToPhase(p)) {
                return false;
            }
        }
        return true;
    }

    /** Checks validity; throws IllegalStateException naming the first violation. */
    public StabilizerCode verify() {
        CodeVerifier.verify(this);
        return this;
    }

    /**
     * Minimum weight of a nontrivial logical operator (commutes with every stabilizer, acts
     * nontrivially on the logical qubits), or −1 when there is none of weight ≤ maxWeight.
     * Assumes a verified code (the logicals must span the logical Paulis).
     */
    public int distance(int maxWeight) {
        return new LogicalSearch(this, "XYZ").minWeight(maxWeight);
    }

    /** Minimum weight of a nontrivial logical made of X letters only (a Z-error-free path). */
    public int distanceX(int maxWeight) {
        return new LogicalSearch(this, "X").minWeight(maxWeight);
    }

    public int distanceZ(int maxWeight) {
        return new LogicalSearch(this, "Z").minWeight(maxWeight);
    }

    /**
     * Whether the stabilizer group is mapped to itself by {@code map} (e.g. conjugation by a
     * transversal gate). With {@code withSigns} the image of every generator must be a group
     * element with its sign (the code space itself is preserved); without, only the Pauli parts
     * must match (the gate maps the code to a code with the same checks, possibly different signs).
     */
    public boolean isInvariantUnder(UnaryOperator<PauliString> map, boolean withSigns) {
        for (PauliString s : stabilizers) {
            PauliString image = map.apply(s);
            boolean ok = withSigns ? stabilizerGroupContains(image) : stabilizerGroupContainsUpToPhase(image);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Applies {@code map} to every stabilizer and logical (e.g. Clifford conjugation). */
    public StabilizerCode mapped(String newName, UnaryOperator<PauliString> map) {
        List<PauliString> s = new ArrayList<>();
        stabilizers.forEach(p -> s.add(map.apply(p)));
        return new StabilizerCode(newName, n, s, logicalXs.stream().map(map).toList(),
                logicalZs.stream().map(map).toList(), coords);
    }

    /** Conjugation of each qubit by a single-qubit Clifford, e.g. {@code CliffordGate::hXY}. */
    public static UnaryOperator<PauliString> transversal(int n, SingleQubitGate gate) {
        List<CliffordGate> gates = new ArrayList<>();
        for (int q = 0; q < n; q++) {
            gates.add(gate.on(n, q));
        }
        return p -> CliffordGate.conjugate(gates, p);
    }

    /** Factory shape of the single-qubit gates in {@link CliffordGate}. */
    @FunctionalInterface
    public interface SingleQubitGate {
        CliffordGate on(int n, int q);
    }

    private SymplecticBasis basis() {
        return basis;
    }

    @Override
    public String toString() {
        return name + " [[" + n + "," + k() + "]] with " + stabilizers.size() + " generators";
    }
}
