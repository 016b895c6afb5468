OPENQASM 3.0;
include "stdgates.inc";
qubit[2] q;
// 10^6 x 10^6 iterations: refused before unrolling, not after filling the heap
for int i in [0:999999] {
  for int j in [0:999999] {
    cx q[0], q[1];
  }
}
