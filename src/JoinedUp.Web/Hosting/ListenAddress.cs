using System.Net;

namespace JoinedUp.Web.Hosting;

/// <summary>`--listen ADDRESS[:PORT]`: an IP address to listen on, e.g. 127.0.0.1, 0.0.0.0:8080, [::]:8080 or ::1.</summary>
public static class ListenAddress
{
    /// <summary>The endpoint, with <paramref name="defaultPort"/> when the value names no port; a clear <see cref="ArgumentException"/> otherwise.</summary>
    public static IPEndPoint Parse(string value, int defaultPort)
    {
        var text = value.Trim();
        if (text.StartsWith('['))
        {
            // [IPv6] or [IPv6]:port
            if (text.EndsWith(']') && IPAddress.TryParse(text[1..^1], out var bracketed)) return new IPEndPoint(bracketed, defaultPort);
            if (text.Contains("]:", StringComparison.Ordinal) && IPEndPoint.TryParse(text, out var v6)) return v6;
        }
        else if (text.Count(c => c == '.') == 3)
        {
            // IPv4 or IPv4:port
            if (!text.Contains(':') && IPAddress.TryParse(text, out var v4)) return new IPEndPoint(v4, defaultPort);
            if (text.Count(c => c == ':') == 1 && IPEndPoint.TryParse(text, out var v4WithPort)) return v4WithPort;
        }
        else if (text.Contains(':') && IPAddress.TryParse(text, out var bare))
            return new IPEndPoint(bare, defaultPort); // IPv6 without brackets cannot carry a port
        throw new ArgumentException(
            $"--listen: '{value}' is not an IP address with an optional port (for example 127.0.0.1, 0.0.0.0:8080 or [::]:8080); host names are not accepted.");
    }
}
