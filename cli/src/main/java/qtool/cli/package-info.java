/** The qtool command line: one picocli command class per subcommand, wired by hand in {@link qtool.cli.Qtool}. */
package qtool.cli;
