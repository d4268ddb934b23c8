using System.CommandLine;

namespace JoinedUp.Cli.Commands;

/// <summary>The `joinedup` commands, one file each.</summary>
public static class CommandSet
{
    public static IEnumerable<Command> All() =>
    [
        InitCommand.Create(),
        ImportCommand.Create(),
        ValidateCommand.Create(),
        GenerateCommand.Create(),
        DemoCommand.Create(),
        ServeCommand.Create(),
        ForecastCommand.Create(),
        BenchCommand.Create(),
        ReportCommand.Create(),
        TemplateCommand.Create(),
        UsersCommand.Create(),
        ProvisionCommand.Create(),
    ];
}
