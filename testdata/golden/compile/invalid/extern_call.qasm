OPENQASM 3;
extern f(int) -> int;
int x = f(2);
