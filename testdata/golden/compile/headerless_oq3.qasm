// no version header: OpenQASM 3 by default
include "stdgates.inc";
qubit[2] q;
h q[0];
cphase(pi / 17179869184) q[0], q[1];
rz(1 / 2) q[1];
rz(1.0 / 3) q[1];
