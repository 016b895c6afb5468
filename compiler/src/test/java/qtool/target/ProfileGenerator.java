package qtool.target;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the bundled profiles from their shapes and representative numbers, so that the checked-in
 * YAML resources are the canonical {@link TargetYaml#write} output of a known construction
 * (BundledProfilesTest compares them; {@code -Dqtool.golden.update=true} rewrites them). Every
 * qubit and every edge carries the same published median or headline figure: the profiles are
 * representative classes of devices, not calibration snapshots of a particular chip.
 */
final class ProfileGenerator {
    private ProfileGenerator() {
    }

    /** Profile name → complete YAML text (header comment + canonical body), in builtin order. */
    static Map<String, String> profiles() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("ibm-eagle-r3", text(ibmEagle(), List.of(
                "IBM Eagle r3 class: 127-qubit heavy-hex superconducting processor, ECR + rz/sx/x.",
                "Layout: IBM's Eagle heavy-hex numbering (Targets.heavyHex(7, 15); 144 edges, one ECR direction each).",
                "Numbers: rounded typical medians published for Eagle r3 devices (ibm_sherbrooke, ibm_brisbane) on",
                "IBM Quantum Platform, https://quantum.cloud.ibm.com/docs/en/guides/processor-types and the backend",
                "calibration pages: ECR error ~7e-3 (533 ns), sx/x error ~2.5e-4 (57 ns), readout error ~1.5e-2,",
                "T1 ~250 us, T2 ~150 us, dt = 2/9 ns. Every qubit and edge carries the same median.")));
        out.put("google-grid-72", text(googleGrid(), List.of(
                "Google-style square-grid superconducting processor: 72 qubits (8 x 9 grid), CZ + u (PhasedXZ-like) + virtual rz.",
                "Layout: an idealised rectangular 8 x 9 grid; real Sycamore/Willow chips are a diagonal square lattice.",
                "Numbers: rounded mean figures of Google's Willow processor, Google Quantum AI, \"Willow spec sheet\" (2024),",
                "https://quantumai.google/static/site-assets/downloads/willow-spec-sheet.pdf, and Acharya et al.,",
                "\"Quantum error correction below the surface code threshold\", Nature 638, 920 (2025): simultaneous",
                "1-qubit error ~3.5e-4 (25 ns), CZ error ~3.3e-3 (42 ns), measurement error ~7.7e-3, T1 ~68 us, T2 (CPMG) ~89 us.",
                "The measurement duration (500 ns) is an order-of-magnitude figure.")));
        out.put("quantinuum-h2-56", text(quantinuumH2(), List.of(
                "Quantinuum H2 class: 56-qubit trapped-ion QCCD processor, all-to-all, native ZZPhase (rzz) + 1-qubit gates.",
                "qtool's gate table has no U1q(theta, phi) gate, so the general 1-qubit 'u' stands in for it; rz is virtual.",
                "Numbers: rounded headline figures for H2-1 (56 qubits, 2024) from Quantinuum's H2 product data sheet,",
                "https://www.quantinuum.com/hardware/h2, and DeCross et al., \"The computational power of random quantum",
                "circuits in arbitrary geometries\", arXiv:2406.02501 (2024): 2-qubit error ~1e-3, 1-qubit error ~3e-5,",
                "SPAM (readout) error ~1.5e-3. Durations are omitted: they are dominated by ion transport, not by the gate.",
                "T1 is omitted (hyperfine qubits do not relax on circuit time scales).")));
        out.put("neutral-atom-256", text(neutralAtom(), List.of(
                "Neutral-atom class: 256-qubit reconfigurable Rydberg-atom array, CZ + local rz + global rx/ry.",
                "Connectivity: reconfigurable; any pair can interact after moving atoms together, at the 'move' cost.",
                "Numbers: rounded order-of-magnitude figures from Evered et al., \"High-fidelity parallel entangling gates",
                "on a neutral-atom quantum computer\", Nature 622, 268 (2023) (CZ error ~5e-3, ~250 ns) and Bluvstein et al.,",
                "\"Logical quantum processor based on reconfigurable atom arrays\", Nature 626, 58 (2024) (1-qubit error",
                "~1e-3, readout error ~1e-2, atom moves of ~200 us with ~1e-3 error per move, T2 ~1 s); 256 atoms as in",
                "QuEra's Aquila (https://www.quera.com/aquila). 1-qubit and measurement durations are order-of-magnitude.")));
        out.put("uniform-p1e-3", text(uniform(), List.of(
                "QEC profile: uniform depolarizing circuit noise with p = 1e-3 on 1000 all-to-all qubits.",
                "Every gate is followed by depolarizing noise of strength p; measurements and resets flip with",
                "probability p; idles depolarize with p. This is the noise model of Gidney, Shutty and Jones,",
                "\"Magic state cultivation: growing T states as cheap as CNOT gates\", arXiv:2409.17595 (2024),",
                "and of \"Efficient Magic State Cultivation on RP^2\", arXiv:2503.18657. Instruction errors restate p.")));
        out.put("si1000-p1e-3", text(si1000(), List.of(
                "QEC profile: SI1000 circuit noise with p = 1e-3 on a 32 x 32 square grid of CZ-coupled qubits.",
                "SI1000 (\"superconducting inspired\", 1000 ns cycle) from Gidney, Newman, Fowler and Broughton,",
                "\"A Fault-Tolerant Honeycomb Memory\", Quantum 5, 605 (2021), arXiv:2108.10457: CZ depolarizing p,",
                "1-qubit Cliffords p/10, measurement flip 5p, reset flip 2p, idle p/10 (resonator idle 2p).",
                "Instruction errors restate those rates; durations are omitted.")));
        return out;
    }

    private static String text(Target t, List<String> header) {
        StringBuilder sb = new StringBuilder();
        for (String line : header) {
            sb.append("# ").append(line).append('\n');
        }
        sb.append("# Generated by qtool's ProfileGenerator (compiler tests); canonical TargetYaml output.\n");
        return sb.append(TargetYaml.write(t)).toString();
    }

    private static InstructionProps props(Double duration, Double error) {
        return new InstructionProps(duration, error);
    }

    /** Replaces the data-less entries of a generated shape with {@code props} per gate. */
    private static Target.Builder calibrate(Target shape, String name, String description, Map<String, InstructionProps> props) {
        Target.Builder b = Target.builder(name, shape.numQubits()).description(description)
                .connectivity(shape.connectivity());
        shape.instructions().forEach((gate, byQargs) -> byQargs.keySet()
                .forEach(q -> b.add(gate, q, props.getOrDefault(gate, InstructionProps.EMPTY))));
        return b;
    }

    private static void everyQubit(Target.Builder b, int n, QubitProps p) {
        for (int q = 0; q < n; q++) {
            b.qubit(q, p);
        }
    }

    static Target ibmEagle() {
        Target shape = Targets.heavyHex(7, 15, "ecr", "rz", "sx", "x", "measure", "reset");
        Target.Builder b = calibrate(shape, "ibm-eagle-r3", "IBM Eagle r3 class, 127-qubit heavy-hex, ecr + rz/sx/x",
                Map.of("ecr", props(5.33e-7, 7.0e-3), "sx", props(5.7e-8, 2.5e-4), "x", props(5.7e-8, 2.5e-4),
                        "rz", props(0.0, 0.0), "measure", props(1.3e-6, 1.5e-2)));
        everyQubit(b, 127, new QubitProps(2.5e-4, 1.5e-4, null, 1.5e-2));
        return b.dt(2.0 / 9.0 * 1e-9).build();
    }

    static Target googleGrid() {
        Target shape = Targets.grid(8, 9, "cz", "u", "rz", "measure", "reset");
        Target.Builder b = calibrate(shape, "google-grid-72", "Google-style 72-qubit square grid, cz + u/rz",
                Map.of("cz", props(4.2e-8, 3.3e-3), "u", props(2.5e-8, 3.5e-4), "rz", props(0.0, 0.0),
                        "measure", props(5.0e-7, 7.7e-3)));
        everyQubit(b, 72, new QubitProps(6.8e-5, 8.9e-5, null, 7.7e-3));
        return b.build();
    }

    static Target quantinuumH2() {
        Target shape = Targets.allToAll(56, "rzz", "u", "rz", "measure", "reset");
        Target.Builder b = calibrate(shape, "quantinuum-h2-56", "Quantinuum H2 class, 56-qubit trapped ions, all-to-all, rzz + u",
                Map.of("rzz", props(null, 1.0e-3), "u", props(null, 3.0e-5), "rz", props(0.0, 0.0),
                        "measure", props(null, 1.5e-3)));
        everyQubit(b, 56, new QubitProps(null, null, null, 1.5e-3));
        return b.build();
    }

    static Target neutralAtom() {
        Target shape = Targets.allToAll(256, "cz", "rz", "rx", "ry", "measure", "reset");
        Target.Builder b = calibrate(shape, "neutral-atom-256", "Neutral-atom class, 256 reconfigurable atoms, cz + rz/rx/ry",
                Map.of("cz", props(2.5e-7, 5.0e-3), "rz", props(1.0e-6, 1.0e-3), "rx", props(1.0e-6, 1.0e-3),
                        "ry", props(1.0e-6, 1.0e-3), "measure", props(5.0e-4, 1.0e-2)));
        everyQubit(b, 256, new QubitProps(null, 1.0, null, 1.0e-2));
        return b.connectivity(Connectivity.RECONFIGURABLE).move(props(2.0e-4, 1.0e-3)).build();
    }

    private static final String[] QEC_ONE_QUBIT = {"id", "x", "y", "z", "h", "s", "sdg", "sx", "sxdg"};

    static Target uniform() {
        double p = 1e-3;
        Target.Builder b = Target.builder("uniform-p1e-3", 1000)
                .description("QEC: uniform depolarizing p=1e-3, 1000 qubits, all-to-all")
                .connectivity(Connectivity.ALL_TO_ALL).noise(NoiseModel.of(NoiseModel.Kind.UNIFORM_DEPOLARIZING, p));
        for (String g : QEC_ONE_QUBIT) {
            b.add(g, Qargs.GLOBAL, props(null, p));
        }
        for (String g : new String[] {"cx", "cy", "cz", "swap", "measure", "reset"}) {
            b.add(g, Qargs.GLOBAL, props(null, p));
        }
        return b.build();
    }

    static Target si1000() {
        double p = 1e-3;
        Target shape = Targets.grid(32, 32, "cz");
        Target.Builder b = calibrate(shape, "si1000-p1e-3", "QEC: SI1000 noise p=1e-3, 32x32 square grid, cz",
                Map.of("cz", props(null, p))).noise(NoiseModel.of(NoiseModel.Kind.SI1000, p));
        for (String g : QEC_ONE_QUBIT) {
            b.add(g, Qargs.GLOBAL, props(null, p / 10));
        }
        b.add("measure", Qargs.GLOBAL, props(null, 5 * p));
        b.add("reset", Qargs.GLOBAL, props(null, 2 * p));
        return b.build();
    }
}
