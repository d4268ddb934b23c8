namespace JoinedUp.Web.Accounts;

/// <summary>A demonstration account and its one-time password (printed once by `joinedup demo`, never stored in clear).</summary>
public sealed record DemoUser(string UserName, string Password, string Role, string Organisation, string DisplayName);
