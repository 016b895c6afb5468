package qtool.target;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultEdge;
import qtool.ir.Gate;

/**
 * A hardware (or noise-model) target: the one value every pass receives, mirroring Qiskit's
 * {@code Target}. It stores only measured quantities, in SI units: qubit count, optional
 * {@code dt}, per-qubit {@link QubitProps}, and per instruction name and {@link Qargs} an
 * {@link InstructionProps}; an empty qargs key is a global entry that answers every lookup without
 * its own entry. The coupling graph and basis are <em>derived</em> from the instruction entries
 * (2-qubit qargs are the edges, the names are the basis), so they can never disagree with the
 * calibration data. Instruction names are canonical {@link Gate} names; maps are sorted, so equal
 * targets are written identically. Build one with {@link #builder} or the functions in
 * {@link Targets}; read and write YAML with {@link TargetYaml}.
 */
public final class Target {
    private final String name;
    private final String description;
    private final int numQubits;
    private final Double dt;
    private final List<QubitProps> qubits;
    private final Map<String, Map<Qargs, InstructionProps>> instructions;
    private final Connectivity connectivity;
    private final InstructionProps move;
    private final NoiseModel noise;
    private final Coupling coupling;
    private volatile Graph<Integer, DefaultEdge> graph;

    private Target(Builder b) {
        this.name = b.name;
        this.description = b.description;
        this.numQubits = b.numQubits;
        this.dt = b.dt;
        List<QubitProps> qs = new ArrayList<>(Collections.nCopies(numQubits, QubitProps.EMPTY));
        b.qubits.forEach(qs::set);
        this.qubits = List.copyOf(qs);
        Map<String, Map<Qargs, InstructionProps>> ins = new TreeMap<>();
        b.instructions.forEach((k, v) -> ins.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
        this.instructions = Collections.unmodifiableMap(ins);
        this.connectivity = b.connectivity;
        this.move = b.move;
        this.noise = b.noise;
        this.coupling = new Coupling(numQubits, connectivity, instructions.values());
    }

    public static Builder builder(String name, int numQubits) {
        return new Builder(name, numQubits);
    }

    /** A builder preloaded with this target's data, for derived targets. */
    public Builder toBuilder() {
        Builder b = new Builder(name, numQubits).description(description).dt(dt).connectivity(connectivity)
                .move(move).noise(noise);
        for (int q = 0; q < numQubits; q++) {
            b.qubit(q, qubits.get(q));
        }
        instructions.forEach((gate, byQargs) -> byQargs.forEach((q, p) -> b.add(gate, q, p)));
        return b;
    }

    public String name() {
        return name;
    }

    /** One line for {@code qtool targets list}; may be null. */
    public String description() {
        return description;
    }

    public int numQubits() {
        return numQubits;
    }

    /** The sample time in seconds (Qiskit's {@code dt}); null when the target has none. */
    public Double dt() {
        return dt;
    }

    /** Exactly {@link #numQubits()} entries; qubits without data have {@link QubitProps#EMPTY}. */
    public List<QubitProps> qubits() {
        return qubits;
    }

    /** Canonical gate name → qargs → properties; both levels sorted and unmodifiable. */
    public Map<String, Map<Qargs, InstructionProps>> instructions() {
        return instructions;
    }

    public Connectivity connectivity() {
        return connectivity;
    }

    /** Cost of moving atoms for a {@link Connectivity#RECONFIGURABLE} target; EMPTY otherwise. */
    public InstructionProps move() {
        return move;
    }

    /** The QEC noise block, if the target has one. */
    public Optional<NoiseModel> noise() {
        return Optional.ofNullable(noise);
    }

    /** The instruction set as gates, e.g. {ecr, rz, sx, x, measure}. */
    public Set<Gate> basisGates() {
        EnumSet<Gate> set = EnumSet.noneOf(Gate.class);
        for (String n : instructions.keySet()) {
            set.add(Gate.byName(n).orElseThrow());
        }
        return Collections.unmodifiableSet(set);
    }

    public boolean supports(Gate gate) {
        return instructions.containsKey(gate.canonicalName());
    }

    /**
     * Undirected edges named by 2-qubit qargs, as {@code [a, b]} with {@code a < b}, sorted. For
     * targets where any pair may interact, only the pairs that carry their own data.
     */
    public List<Qargs> edges() {
        return coupling.edges();
    }

    /**
     * The coupling graph over vertices {@code 0..numQubits-1}, unmodifiable and built on first use.
     * Complete for all-to-all and reconfigurable targets (n(n-1)/2 edges: prefer
     * {@link #isConnected} and {@link #distanceMatrix} there).
     */
    public Graph<Integer, DefaultEdge> couplingMap() {
        Graph<Integer, DefaultEdge> g = graph;
        if (g == null) {
            g = new AsUnmodifiableGraph<>(coupling.toGraph());
            graph = g;
        }
        return g;
    }

    /** Whether distinct qubits {@code a} and {@code b} may interact directly, in either direction. */
    public boolean isConnected(int a, int b) {
        return coupling.isConnected(a, b);
    }

    /**
     * Hop distances between all pairs on the coupling graph (BFS from every qubit, O(n·(n+m))):
     * 0 on the diagonal, -1 between disconnected qubits, 1 everywhere off the diagonal for
     * all-to-all and reconfigurable targets. A fresh array on each call.
     */
    public int[][] distanceMatrix() {
        return coupling.distances();
    }

    /** Connected components of the coupling graph, each sorted, ordered by smallest qubit. */
    public List<List<Integer>> components() {
        return coupling.components();
    }

    /**
     * The properties of {@code gate} on exactly these operands, else its global entry; empty when
     * the target has neither (or no such instruction). Direction matters: an {@code ecr} entry on
     * [0, 1] does not answer [1, 0].
     */
    public Optional<InstructionProps> props(String gate, int... qubits) {
        Map<Qargs, InstructionProps> byQargs = instructions.get(canonical(gate));
        if (byQargs == null) {
            return Optional.empty();
        }
        InstructionProps p = byQargs.get(Qargs.of(qubits));
        return Optional.ofNullable(p != null ? p : byQargs.get(Qargs.GLOBAL));
    }

    /** Error probability of {@code gate} on these operands (global entry as fallback), if known. */
    public OptionalDouble error(String gate, int... qubits) {
        return value(props(gate, qubits), InstructionProps::error);
    }

    /** Duration in seconds of {@code gate} on these operands (global entry as fallback), if known. */
    public OptionalDouble duration(String gate, int... qubits) {
        return value(props(gate, qubits), InstructionProps::durationSeconds);
    }

    public OptionalDouble error(Gate gate, int... qubits) {
        return error(gate.canonicalName(), qubits);
    }

    public OptionalDouble duration(Gate gate, int... qubits) {
        return duration(gate.canonicalName(), qubits);
    }

    private static OptionalDouble value(Optional<InstructionProps> p, Function<InstructionProps, Double> f) {
        Double v = p.map(f).orElse(null);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    private static String canonical(String gate) {
        return Gate.byName(gate).map(Gate::canonicalName).orElse(gate);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Target)) {
            return false;
        }
        Target t = (Target) o;
        return name.equals(t.name) && Objects.equals(description, t.description) && numQubits == t.numQubits
                && Objects.equals(dt, t.dt) && qubits.equals(t.qubits) && instructions.equals(t.instructions)
                && connectivity == t.connectivity && move.equals(t.move) && Objects.equals(noise, t.noise);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, numQubits, dt, qubits, instructions, connectivity, move, noise);
    }

    @Override
    public String toString() {
        return "Target[" + name + ", " + numQubits + " qubits, " + connectivity.yamlName() + ", "
                + instructions.keySet() + "]";
    }

    /**
     * Collects a target's data and checks it in {@link #build()}: operand indices in range,
     * distinct operands, operand counts that match the gate, known gate names, and no global
     * 2-qubit entry on an {@link Connectivity#EXPLICIT} target (it would make every pair an edge).
     */
    public static final class Builder {
        private final String name;
        private final int numQubits;
        private String description;
        private Double dt;
        private final Map<Integer, QubitProps> qubits = new TreeMap<>();
        private final Map<String, Map<Qargs, InstructionProps>> instructions = new TreeMap<>();
        private Connectivity connectivity = Connectivity.EXPLICIT;
        private InstructionProps move = InstructionProps.EMPTY;
        private NoiseModel noise;

        private Builder(String name, int numQubits) {
            this.name = Objects.requireNonNull(name);
            if (numQubits < 1) {
                throw new IllegalArgumentException("a target needs at least one qubit, not " + numQubits);
            }
            this.numQubits = numQubits;
        }

        public Builder description(String d) {
            this.description = d;
            return this;
        }

        public Builder dt(Double seconds) {
            if (seconds != null && !(seconds > 0 && Double.isFinite(seconds))) {
                throw new IllegalArgumentException("dt must be a finite number > 0, not " + seconds);
            }
            this.dt = seconds;
            return this;
        }

        public Builder qubit(int index, QubitProps props) {
            checkQubit(index);
            qubits.put(index, Objects.requireNonNull(props));
            return this;
        }

        public Builder connectivity(Connectivity c) {
            this.connectivity = Objects.requireNonNull(c);
            return this;
        }

        public Builder move(InstructionProps m) {
            this.move = m == null ? InstructionProps.EMPTY : m;
            return this;
        }

        public Builder noise(NoiseModel n) {
            this.noise = n;
            return this;
        }

        /** Adds (or replaces) the entry of {@code gate} (a name or alias) on {@code qargs}. */
        public Builder add(String gate, Qargs qargs, InstructionProps props) {
            Gate g = Gate.byName(gate).orElseThrow(() -> new IllegalArgumentException("unknown gate " + gate));
            if (!qargs.isGlobal() && g.numQubits() >= 0 && qargs.size() != g.numQubits()) {
                throw new IllegalArgumentException(g.canonicalName() + " acts on " + g.numQubits()
                        + " qubits, not " + qargs);
            }
            for (int i = 0; i < qargs.size(); i++) {
                checkQubit(qargs.get(i));
                if (qargs.qubits().indexOf(qargs.get(i)) != i) {
                    throw new IllegalArgumentException("repeated qubit in " + qargs);
                }
            }
            instructions.computeIfAbsent(g.canonicalName(), k -> new TreeMap<>()).put(qargs, Objects.requireNonNull(props));
            return this;
        }

        public Builder add(String gate, Qargs qargs) {
            return add(gate, qargs, InstructionProps.EMPTY);
        }

        public Target build() {
            if (connectivity != Connectivity.RECONFIGURABLE && !move.isEmpty()) {
                throw new IllegalArgumentException("a move cost needs reconfigurable connectivity");
            }
            if (connectivity == Connectivity.EXPLICIT) {
                instructions.forEach((gate, byQargs) -> {
                    if (byQargs.containsKey(Qargs.GLOBAL) && Gate.byName(gate).orElseThrow().numQubits() == 2) {
                        throw new IllegalArgumentException("2-qubit gate " + gate
                                + " needs explicit qargs unless connectivity is all-to-all or reconfigurable");
                    }
                });
            }
            return new Target(this);
        }

        private void checkQubit(int q) {
            if (q < 0 || q >= numQubits) {
                throw new IllegalArgumentException("qubit " + q + " out of range for " + numQubits + " qubits");
            }
        }
    }
}
