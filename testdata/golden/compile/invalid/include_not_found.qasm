OPENQASM 2.0;
include "qelib1.inc";
include "does/not/exist.inc";
qreg q[1];
mygate q[0];
