package qtool.passes.analysis;

import java.util.Set;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.GateFlag;
import qtool.ir.Instruction;
import qtool.pass.Pass;
import qtool.pass.PropertySet;

/**
 * Checks that every instruction is a gate of the target's basis, without extra controls.
 * Measurements, resets, barriers, delays and the global phase are always allowed. The result goes
 * into {@link #KEY}, and the first offending instruction, if any, into {@link #OFFENDER}. After a
 * compile, a failed check is a bug in qtool and is reported as one.
 */
public final class CheckBasis implements Pass {
    public static final PropertySet.Key<Boolean> KEY = PropertySet.key("all_gates_in_basis");
    public static final PropertySet.Key<Instruction> OFFENDER = PropertySet.key("first_gate_outside_basis");

    private final Set<Gate> basis;

    public CheckBasis(Set<Gate> basis) {
        this.basis = Set.copyOf(basis);
    }

    @Override
    public String name() {
        return "check-basis";
    }

    @Override
    public Circuit run(Circuit in, PropertySet props) {
        for (Instruction ins : in.instructions()) {
            if (!allowed(ins)) {
                props.put(KEY, false);
                props.put(OFFENDER, ins);
                return in;
            }
        }
        props.put(KEY, true);
        return in;
    }

    private boolean allowed(Instruction ins) {
        Gate g = ins.gate();
        if (g == Gate.GPHASE) {
            return ins.controls() == 0;
        }
        if (g.is(GateFlag.MEASURE) || g.is(GateFlag.RESET) || g.is(GateFlag.DIRECTIVE)) {
            return true;
        }
        return ins.controls() == 0 && basis.contains(g);
    }
}
