OPENQASM 3;
include "stdgates.inc";
qubit q;
rz(1.0 ^ 2) q;
