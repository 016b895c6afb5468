OPENQASM 3.0;
include "stdgates.inc";
qubit[2] q;
h q[0];
cp(pi/17179869184) q[0], q[1];
rz(0.0) q[1];
rz(0.3333333333333333) q[1];
