OPENQASM 3;
include "cycle_b.inc";
