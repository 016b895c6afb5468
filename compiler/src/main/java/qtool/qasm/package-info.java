/** OpenQASM 2 and 3 in and out: {@link qtool.qasm.QasmReader} (the only code that touches ANTLR) and {@link qtool.qasm.QasmWriter}. */
package qtool.qasm;
