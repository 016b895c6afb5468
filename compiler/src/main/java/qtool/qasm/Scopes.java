package qtool.qasm;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Nested OpenQASM 3 scopes. A subroutine body opens an isolated scope: from inside it only
 * constants, subroutines and externs of the global scope are visible, as the specification says
 * (qubits and mutable variables must be passed as arguments).
 */
final class Scopes {
    private static final class Frame {
        final Map<String, Symbol> symbols = new HashMap<>();
        final boolean isolated;

        Frame(boolean isolated) {
            this.isolated = isolated;
        }
    }

    private final Deque<Frame> frames = new ArrayDeque<>();
    private final Frame global = new Frame(false);

    Scopes() {
        frames.push(global);
    }

    void push(boolean isolated) {
        frames.push(new Frame(isolated));
    }

    void pop() {
        if (frames.size() == 1) {
            throw new IllegalStateException("cannot pop the global scope");
        }
        frames.pop();
    }

    boolean atGlobalScope() {
        return frames.size() == 1;
    }

    Symbol lookup(String name) {
        boolean crossedIsolation = false;
        Iterator<Frame> it = frames.iterator();
        while (it.hasNext()) {
            Frame f = it.next();
            Symbol s = f.symbols.get(name);
            if (s != null) {
                if (crossedIsolation && f == global && s instanceof Symbol.Variable && !((Symbol.Variable) s).constant()) {
                    return null;
                }
                return s;
            }
            if (f.isolated) {
                crossedIsolation = true;
            }
        }
        return null;
    }

    /** True when the name would be visible but is hidden by a subroutine's isolation. */
    boolean hiddenByIsolation(String name) {
        return lookup(name) == null && global.symbols.containsKey(name);
    }

    /** Declares in the innermost scope; returns the previous symbol of the same scope, or null. */
    Symbol declare(String name, Symbol symbol) {
        Frame f = frames.peek();
        Symbol old = f.symbols.get(name);
        if (old == null) {
            f.symbols.put(name, symbol);
        }
        return old;
    }

    /** Replaces the value of an existing variable wherever it is declared. */
    void update(String name, Symbol.Variable updated) {
        for (Frame f : frames) {
            if (f.symbols.containsKey(name)) {
                f.symbols.put(name, updated);
                return;
            }
        }
        throw new IllegalStateException("no variable " + name);
    }
}
