OPENQASM 3.0;
include "stdgates.inc";
// a small reversible circuit with gates on three qubits and a controlled rotation
qubit[4] q;
bit[4] c;
x q[0];
h q[3];
ccx q[0], q[1], q[2];
ctrl @ rz(pi / 8) q[2], q[3];
ccx q[1], q[2], q[3];
swap q[0], q[3];
c = measure q;
