namespace JoinedUp.Web.Accounts;

/// <summary>Why a sign-in through the organisation's provider was refused, as codes in /sign-in/refused?reason=, and what each tells the person.</summary>
public static class SignInRefusal
{
    public const string NoUserName = "no-user-name";
    public const string NoAccount = "no-account";
    public const string Disabled = "disabled";
    public const string NoRole = "no-role";
    public const string SeveralRoles = "several-roles";
    public const string Organisation = "organisation";
    public const string ProviderFailed = "provider";

    public static string Explain(string? reason) => reason switch
    {
        NoUserName => "Your organisation's sign-in did not say who you are (no user name was sent).",
        NoAccount => "You have no JoinedUp account. Ask your JoinedUp administrator to add one with the user name your organisation uses for you.",
        Disabled => "Your JoinedUp account is disabled. Ask your JoinedUp administrator if you need it again.",
        NoRole => "Your organisation has not given you a JoinedUp role. Ask your organisation's administrator to assign you one.",
        SeveralRoles => "Your organisation has given you more than one JoinedUp role; JoinedUp needs exactly one. Ask your organisation's administrator to remove the others.",
        Organisation => "The organisation your account belongs to is not one JoinedUp knows for your role in this region. Ask your organisation's administrator to correct it.",
        _ => "Signing in through your organisation did not complete. Try again; if it keeps failing, sign in with your JoinedUp user name and password or ask your administrator.",
    };
}
