using System.CommandLine;
using JoinedUp.Cli.Output;
using JoinedUp.Store;
using JoinedUp.Web;
using JoinedUp.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace JoinedUp.Cli.Commands;

/// <summary>
/// `joinedup serve [--db PATH|URL] [--port N] [--listen ADDRESS[:PORT]] [--proxy IP|CIDR]...`: the web application,
/// on 127.0.0.1 unless told otherwise; behind a TLS-terminating reverse proxy, name the proxy so that its
/// X-Forwarded-For and X-Forwarded-Proto are believed (cookies Secure, HSTS sent).
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var port = new Option<int>("--port") { Description = "Port to listen on (0 picks a free one).", DefaultValueFactory = _ => 5080 };
        var listen = new Option<string?>("--listen")
        {
            Description = "ADDRESS[:PORT] to listen on instead of 127.0.0.1, e.g. 0.0.0.0:8080 or [::]:8080 (without a port, --port's).",
        };
        var proxy = new Option<string[]>("--proxy")
        {
            Description = $"A reverse proxy's IP address or network (CIDR) whose X-Forwarded-For/-Proto are believed; repeatable. Also ${ProxyNetwork.EnvironmentVariable} (comma-separated).",
        };
        var command = new Command("serve", "Serve the web application (on 127.0.0.1 unless --listen says otherwise).") { db, port, listen, proxy };
        command.SetAction(parse => Failures.Guard(() =>
        {
            var endpoint = ListenAddress.Parse(parse.GetValue(listen) ?? "127.0.0.1", parse.GetValue(port));
            var proxies = (parse.GetValue(proxy) ?? []).Select(ProxyNetwork.Parse).Concat(ProxyNetwork.FromEnvironment()).ToList();
            using var store = CommonOptions.OpenStore(parse.GetValue(db));
            var options = new WebOptions
            {
                DataProtectionKeys = DataProtectionKeys.FolderFor(store.Location),
                ListenAddress = endpoint.Address,
                Port = endpoint.Port,
                Proxies = proxies,
                OpenIdConnect = OpenIdConnectSettings.FromEnvironment(),
            };
            Run(store, options);
            return 0;
        }));
        return command;
    }

    /// <summary>Starts the app on 127.0.0.1, prints its address, and serves until Ctrl+C.</summary>
    public static void Run(RegionalStore store, int port) =>
        Run(store, new WebOptions { Port = port, DataProtectionKeys = DataProtectionKeys.FolderFor(store.Location) });

    /// <summary>Starts the app, prints its address, and serves until Ctrl+C.</summary>
    public static void Run(RegionalStore store, WebOptions options)
    {
        var app = JoinedUpWebApp.Build(store, options);
        app.StartAsync().GetAwaiter().GetResult();
        // Links an import stopped before remaking (see PendingLinks) are remade in the background; pages serve meanwhile.
        _ = Task.Run(() =>
        {
            try
            {
                JoinedUp.Ingest.Linking.ChildLinker.RelinkPending(store);
            }
            catch (Exception e)
            {
                Console.Error.WriteLine($"joinedup: warning: links left pending by a stopped import were not remade ({(StoreOutage.Is(e) ? StoreOutage.Describe(e) : e.Message)}); the next import remakes them.");
            }
        });
        Console.WriteLine($"JoinedUp is serving at {JoinedUpWebApp.Address(app)} (Ctrl+C to stop)");
        if (!System.Net.IPAddress.IsLoopback(options.ListenAddress))
            Console.WriteLine($"Listening on {options.ListenAddress} port {JoinedUpWebApp.Address(app).Port}; "
                + (options.Proxies.Count == 0 ? "no reverse proxy named (--proxy), so forwarded headers are ignored." : $"forwarded headers believed from {string.Join(", ", options.Proxies)}."));
        app.WaitForShutdownAsync().GetAwaiter().GetResult();
    }
}
