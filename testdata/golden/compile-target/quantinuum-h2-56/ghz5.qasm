OPENQASM 3.0;
include "stdgates.inc";
pragma qtool hardware_qubits 56
gate u(theta, phi, lambda) a {
  p(lambda) a;
  ry(theta) a;
  p(phi) a;
}
gate rzz(theta) a, b {
  cx a, b;
  rz(theta) b;
  cx a, b;
}
bit[5] c;
u(pi/2, -pi/2, pi) $0;
u(pi/2, pi/2, pi) $1;
rzz(-pi/2) $0, $1;
u(pi/2, -pi/2, pi) $1;
u(pi/2, pi/2, pi) $2;
rzz(-pi/2) $1, $2;
u(pi/2, -pi/2, pi) $2;
u(pi/2, pi/2, pi) $3;
rzz(-pi/2) $2, $3;
u(pi/2, -pi/2, pi) $3;
u(pi/2, pi/2, pi) $4;
rzz(-pi/2) $3, $4;
u(0.0, 0.0, pi) $0;
u(0.0, 0.0, pi) $1;
u(0.0, 0.0, pi) $2;
u(0.0, 0.0, pi) $3;
u(pi/2, 0.0, pi) $4;
c[0] = measure $0;
c[1] = measure $1;
c[2] = measure $2;
c[3] = measure $3;
c[4] = measure $4;
gphase(-pi);
