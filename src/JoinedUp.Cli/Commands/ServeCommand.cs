using System.CommandLine;
using JoinedUp.Cli.Output;
using JoinedUp.Store;
using JoinedUp.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace JoinedUp.Cli.Commands;

/// <summary>`joinedup serve [--db PATH|URL] [--port N]`: the web application on 127.0.0.1.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 picks a free one).", DefaultValueFactory = _ => 5080 };
        var command = new Command("serve", "Serve the web application on 127.0.0.1.") { db, port };
        command.SetAction(parse => Failures.Guard(() =>
        {
            using var store = CommonOptions.OpenStore(parse.GetValue(db));
            Run(store, parse.GetValue(port));
            return 0;
        }));
        return command;
    }

    /// <summary>Starts the app, prints its address, and serves until Ctrl+C.</summary>
    public static void Run(RegionalStore store, int port)
    {
        var app = JoinedUpWebApp.Build(store, new WebOptions { Port = port });
        app.StartAsync().GetAwaiter().GetResult();
        Console.WriteLine($"JoinedUp is serving at {JoinedUpWebApp.Address(app)} (Ctrl+C to stop)");
        app.WaitForShutdownAsync().GetAwaiter().GetResult();
    }
}
