OPENQASM 3.0;
include "stdgates.inc";
pragma qtool hardware_qubits 72
gate u(theta, phi, lambda) a {
  p(lambda) a;
  ry(theta) a;
  p(phi) a;
}
bit[5] c;
u(pi/2, pi, 0.0) $0;
u(pi/2, 0.0, pi) $1;
cz $0, $1;
u(pi/2, pi, pi) $1;
u(pi/2, 0.0, pi) $2;
cz $1, $2;
u(pi/2, pi, pi) $2;
u(pi/2, 0.0, pi) $3;
cz $2, $3;
u(pi/2, pi, pi) $3;
u(pi/2, 0.0, pi) $4;
cz $3, $4;
u(pi, 0.0, 0.0) $0;
u(pi, 0.0, 0.0) $1;
u(pi, 0.0, 0.0) $2;
u(pi, 0.0, 0.0) $3;
u(pi/2, 0.0, 0.0) $4;
c[0] = measure $0;
c[1] = measure $1;
c[2] = measure $2;
c[3] = measure $3;
c[4] = measure $4;
