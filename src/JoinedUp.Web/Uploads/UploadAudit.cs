namespace JoinedUp.Web.Uploads;

/// <summary>How views of an upload's child-level results are named in the audit log.</summary>
public static class UploadAudit
{
    /// <summary>The upload's page: its issues, which name children as the LA knows them.</summary>
    public const string View = "upload.view";

    /// <summary>The upload's error report (CSV), the same issues as a download.</summary>
    public const string ErrorReport = "upload.errors";

    /// <summary>An LA analyst withdrew (or was refused withdrawing) a submission.</summary>
    public const string Withdraw = "submission.withdraw";

    /// <summary>An LA analyst confirmed a submission held for its year-on-year change.</summary>
    public const string Confirm = "submission.confirm";

    public static string Target(string jobId) => "upload:" + jobId;
}
