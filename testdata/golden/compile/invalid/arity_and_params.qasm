OPENQASM 2.0;
include "qelib1.inc";
qreg q[2];
cx q[0];
rz q[1];
u3(1,2) q[0];
