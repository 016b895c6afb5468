OPENQASM 3.0;
include "stdgates.inc";
gate sxdg a {
  h a;
  sdg a;
  h a;
}
gate u(theta, phi, lambda) a {
  p(lambda) a;
  ry(theta) a;
  p(phi) a;
}
gate cs a, b {
  t a;
  cx a, b;
  tdg b;
  cx a, b;
  t b;
}
gate csx a, b {
  h b;
  cs a, b;
  h b;
}
gate rxx(theta) a, b {
  h a;
  h b;
  cx a, b;
  rz(theta) b;
  cx a, b;
  h b;
  h a;
}
gate rzz(theta) a, b {
  cx a, b;
  rz(theta) b;
  cx a, b;
}
gate rccx a, b, c {
  h c;
  t c;
  cx b, c;
  tdg c;
  cx a, c;
  t c;
  cx b, c;
  tdg c;
  h c;
}
gate rc3x a, b, c, d {
  h d;
  t d;
  cx c, d;
  tdg d;
  h d;
  cx a, d;
  t d;
  cx b, d;
  tdg d;
  cx a, d;
  t d;
  cx b, d;
  tdg d;
  h d;
  t d;
  cx c, d;
  tdg d;
  h d;
}
gate c3x a, b, c, d {
  h d;
  cp(-pi/4) a, d;
  h d;
  cx a, b;
  h d;
  cp(pi/4) b, d;
  h d;
  cx a, b;
  h d;
  cp(-pi/4) b, d;
  h d;
  cx b, c;
  h d;
  cp(pi/4) c, d;
  h d;
  cx a, c;
  h d;
  cp(-pi/4) c, d;
  h d;
  cx b, c;
  h d;
  cp(pi/4) c, d;
  h d;
  cx a, c;
  h d;
  cp(-pi/4) c, d;
  h d;
}
gate c3sqrtx a, b, c, d {
  h d;
  cp(pi/8) a, d;
  h d;
  cx a, b;
  h d;
  cp(-pi/8) b, d;
  h d;
  cx a, b;
  h d;
  cp(pi/8) b, d;
  h d;
  cx b, c;
  h d;
  cp(-pi/8) c, d;
  h d;
  cx a, c;
  h d;
  cp(pi/8) c, d;
  h d;
  cx b, c;
  h d;
  cp(-pi/8) c, d;
  h d;
  cx a, c;
  h d;
  cp(pi/8) c, d;
  h d;
}
gate u0(gamma) a {
  U(0, 0, 0) a;
}
gate cu3(theta, phi, lambda) a, b {
  cu(theta, phi, lambda, 0) a, b;
}
qubit[4] q;
bit[4] c;
sx q[0];
sxdg q[1];
u(pi/2, 0.0, pi) q[2];
p(-pi/8) q[3];
cp(pi/4) q[0], q[1];
crx(0.25) q[1], q[2];
cry(-0.0015) q[2], q[3];
csx q[0], q[3];
cu(0.1, 0.2, 0.3, 0.4) q[1], q[0];
rxx(pi/3) q[0], q[1];
rzz(2*pi/3) q[2], q[3];
rccx q[0], q[1], q[2];
rc3x q[0], q[1], q[2], q[3];
c3x q[0], q[1], q[2], q[3];
c3sqrtx q[3], q[2], q[1], q[0];
swap q[0], q[3];
cswap q[1], q[2], q[3];
u0(1.0) q[0];
p(9.869604401089358) q[1];
u2(0.0, -pi) q[2];
u3(1.0, 2.0, 3.0) q[3];
cp(pi/16) q[0], q[1];
cu3(1.0, 2.0, 3.0) q[2], q[3];
U(0.5, 0.25, 0.125) q[0];
cx q[0], q[1];
barrier q[0], q[1];
id q[2];
delay[100dt] q[3];
reset q[0];
c[3] = measure q[3];
