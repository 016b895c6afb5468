OPENQASM 3;
include "stdgates.inc";
include "inc/mygates.inc";
include "inc/mygates.inc";
qubit[3] q;
toffoli_like q[0], q[1], q[2];
