package qtool.passes.analysis;

import java.util.OptionalDouble;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.GateFlag;
import qtool.ir.Instruction;
import qtool.pass.Pass;
import qtool.pass.PropertySet;
import qtool.target.Target;

/**
 * Estimated success probability of a compiled circuit on a target: the product of (1 - error) over
 * its gates and measurements, taking each error from the target for the gate on its exact qubits
 * (or the gate's global entry). Like Qiskit's ESP, it treats errors as independent and ignores
 * decoherence during idling. Gates the target gives no error for count as perfect, and their
 * number is recorded in {@link #UNKNOWN} so a report can say so.
 */
public final class EstimateSuccess implements Pass {
    public static final PropertySet.Key<Double> KEY = PropertySet.key("estimated_success_probability");
    public static final PropertySet.Key<Integer> UNKNOWN = PropertySet.key("gates_without_error_data");

    private final Target target;

    public EstimateSuccess(Target target) {
        this.target = target;
    }

    @Override
    public String name() {
        return "estimate-success";
    }

    @Override
    public Circuit run(Circuit in, PropertySet props) {
        double logSuccess = 0;
        int unknown = 0;
        for (Instruction ins : in.instructions()) {
            Gate g = ins.gate();
            if (g == Gate.GPHASE || g.is(GateFlag.DIRECTIVE)) {
                continue;
            }
            OptionalDouble e = target.error(g, ins.qubits());
            if (e.isEmpty()) {
                unknown++;
            } else {
                logSuccess += Math.log1p(-Math.min(1.0, e.getAsDouble()));
            }
        }
        props.put(KEY, Math.exp(logSuccess));
        props.put(UNKNOWN, unknown);
        return in;
    }
}
