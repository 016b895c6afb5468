OPENQASM 3.0;
include "stdgates.inc";
pragma qtool hardware_qubits 3
bit[2] b;
h $0;
cx $0, $2;
b[0] = measure $0;
b[1] = measure $2;
