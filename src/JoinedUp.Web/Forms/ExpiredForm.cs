namespace JoinedUp.Web.Forms;

/// <summary>
/// A form post that could not be taken as sent: its antiforgery token had expired (or was missing), or the request was
/// larger than the upload limit. Holds what can be offered back: the address it was posted to and its non-secret fields.
/// </summary>
public sealed record ExpiredForm(
    string Action,
    IReadOnlyList<KeyValuePair<string, string>> Fields,
    IReadOnlyList<string> FileNames,
    bool TooLarge,
    long LimitBytes,
    bool CanSendAgain)
{
    public string Limit => LimitBytes >= 1024 * 1024
        ? (LimitBytes / 1048576.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB"
        : (LimitBytes / 1024.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " KB";
}
