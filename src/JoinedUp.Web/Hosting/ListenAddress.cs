using System.Net;

namespace JoinedUp.Web.Hosting;

/// <summary>`--listen ADDRESS[:PORT]`: an IP address to listen on, e.g. 127.0.0.1, 0.0.0.0:8080, [::]:8080 or ::1.</summary>
public static class ListenAddress
{
    /// <summary>The endpoint, with <paramref name="defaultPort"/> when the value names no port; a clear <see cref="ArgumentException"/> otherwise.</summary>
    public static IPEndPoint Parse(string value, int defaultPort)
    {
        var text = value.Trim();
        if (IPAddress.TryParse(text, out var address)) return new IPEndPoint(address, defaultPort);
        if (text.StartsWith('[') && text.EndsWith(']') && IPAddress.TryParse(text[1..^1], out address)) return new IPEndPoint(address, defaultPort);
        if (IPEndPoint.TryParse(text, out var endpoint) && (text.Contains('.') || text.StartsWith('['))) return endpoint;
        throw new ArgumentException(
            $"--listen: '{value}' is not an IP address with an optional port (for example 127.0.0.1, 0.0.0.0:8080 or [::]:8080); host names are not accepted.");
    }
}
