/** qtool's intermediate representation: the gate table, immutable circuits of integer-indexed instructions, and symbolic parameters. */
package qtool.ir;
