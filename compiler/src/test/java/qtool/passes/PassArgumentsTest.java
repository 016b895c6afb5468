package qtool.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PassArgumentsTest {
    private static final Path BASE = Path.of("/tmp/base");

    @Test
    void parsesNameAndTypedSettings() {
        PassArguments a = PassArguments.parse("aqc:ansatz=coarse.qasm, fidelity=0.9999,layers=3,exact=yes", BASE);
        assertEquals("aqc", a.name());
        assertEquals(0.9999, a.real("fidelity", 0), 0);
        assertEquals(3, a.integer("layers", 0));
        assertTrue(a.flag("exact", false));
        assertEquals(BASE.resolve("coarse.qasm"), a.path("ansatz"));
        assertEquals(7, a.integer("missing", 7));
        assertFalse(a.has("missing"));
    }

    @Test
    void bareNameHasNoSettings() {
        PassArguments a = PassArguments.parse(" cancel-inverses ", BASE);
        assertEquals("cancel-inverses", a.name());
        a.checkKnown(Set.of());
    }

    @Test
    void rejectsMalformedAndUnknownSettings() {
        assertThrows(IllegalArgumentException.class, () -> PassArguments.parse(":x=1", BASE));
        assertThrows(IllegalArgumentException.class, () -> PassArguments.parse("aqc:fidelity", BASE));
        assertThrows(IllegalArgumentException.class, () -> PassArguments.parse("aqc:a=1,a=2", BASE));
        PassArguments a = PassArguments.parse("aqc:fidelty=0.9", BASE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.checkKnown(Set.of("fidelity")));
        assertTrue(e.getMessage().contains("fidelty") && e.getMessage().contains("fidelity"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PassArguments.parse("aqc:f=abc", BASE).real("f", 0));
        assertThrows(IllegalArgumentException.class, () -> PassArguments.parse("aqc:n=1.5", BASE).integer("n", 0));
        assertThrows(IllegalArgumentException.class, () -> PassArguments.parse("aqc:b=maybe", BASE).flag("b", false));
        assertThrows(IllegalArgumentException.class, () -> PassArguments.parse("aqc:a=", BASE).requiredString("a"));
    }

    @Test
    void catalogAcceptsPlainPassesAndRejectsUnknownOnes() {
        assertEquals("cancel-inverses", PassCatalog.createConfigured("cancel-inverses", BASE, null, 0).name());
        assertThrows(IllegalArgumentException.class, () -> PassCatalog.createConfigured("cancel-inverses:x=1", BASE, null, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PassCatalog.createConfigured("no-such-pass", BASE, null, 0));
        assertTrue(e.getMessage().contains("available"), e.getMessage());
    }
}
