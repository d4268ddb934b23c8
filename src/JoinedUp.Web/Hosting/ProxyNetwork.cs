using System.Net;

namespace JoinedUp.Web.Hosting;

/// <summary>`--proxy IP|CIDR`: a reverse proxy (or a network of them) whose X-Forwarded-For and X-Forwarded-Proto are believed.</summary>
public static class ProxyNetwork
{
    /// <summary>The environment variable `serve` also reads: proxies separated by commas or spaces.</summary>
    public const string EnvironmentVariable = "JOINEDUP_PROXIES";

    /// <summary>A single address becomes a network of one (/32 or /128); a clear <see cref="ArgumentException"/> otherwise.</summary>
    public static IPNetwork Parse(string value)
    {
        var text = value.Trim();
        if (IPAddress.TryParse(text, out var address)) return new IPNetwork(address, address.GetAddressBytes().Length * 8);
        if (IPNetwork.TryParse(text, out var network)) return network;
        throw new ArgumentException(
            $"--proxy: '{value}' is not an IP address or a network in CIDR form (for example 10.0.0.5, 10.0.0.0/24 or fd00::/8).");
    }

    /// <summary>The proxies of <see cref="EnvironmentVariable"/>, or none.</summary>
    public static IReadOnlyList<IPNetwork> FromEnvironment() =>
        (Environment.GetEnvironmentVariable(EnvironmentVariable) ?? "")
            .Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Parse).ToList();
}
