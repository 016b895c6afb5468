OPENQASM 3;
include "stdgates.inc";
qubit[2] q;
rz(pi/2 q[0];
x q[5];
cx q[0], q[0];
