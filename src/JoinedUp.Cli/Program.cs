using System.CommandLine;
using JoinedUp.Cli.Commands;

var root = new RootCommand("JoinedUp: pooled, pseudonymised children's services data for a region of English local authorities.");
foreach (var command in CommandSet.All()) root.Subcommands.Add(command);
return root.Parse(args).Invoke();
