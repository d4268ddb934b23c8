using Dapper;
using JoinedUp.Review.Access;
using JoinedUp.Review.Evidence;
using JoinedUp.Review.Reviews;
using JoinedUp.Review.Tests.Support;
using JoinedUp.TestSupport;

namespace JoinedUp.Review.Tests.Evidence;

/// <summary>Uploaded evidence is judged by its content, its size and its name; a refused file leaves nothing behind.</summary>
public sealed class HostileEvidenceTests
{
    private static readonly ReviewUser Lead = ReviewFixture.BarnetCommissioner;

    public static TheoryData<string, string, string> Hostile => new()
    {
        { "board-minutes.pdf", "html", "evidence-type" },
        { "chart.png", "svg", "evidence-type" },
        { "notes.txt", "html", "evidence-active-content" },
        { "notes.txt", "svg", "evidence-active-content" },
        { "photo.jpg", "exe", "evidence-type" },
        { "report.docx", "png", "evidence-type" },
        { "report.docx", "xlsx", "evidence-type" },
        { "figures.xlsx", "text", "evidence-type" },
        { "page.html", "html", "evidence-type" },
        { "drawing.svg", "svg", "evidence-type" },
        { "plan.pdf", "pdf-js", "evidence-active-content" },
        { "plan.docx", "macros", "evidence-active-content" },
        { "plan.docx", "bomb", "evidence-zip-bomb" },
        { "../../etc/passwd.txt", "text", "evidence-name" },
        { "..\\..\\web.config.txt", "text", "evidence-name" },
        { "C:evil.txt", "text", "evidence-name" },
        { "notes\u0000.txt", "text", "evidence-name" },
        { "....txt", "text", "evidence-name" },
    };

    private static byte[] Content(string kind) => kind switch
    {
        "html" => EvidenceSamples.Html,
        "svg" => EvidenceSamples.Svg,
        "exe" => EvidenceSamples.Executable,
        "png" => EvidenceSamples.Png,
        "xlsx" => EvidenceSamples.Xlsx,
        "text" => EvidenceSamples.Text,
        "pdf-js" => EvidenceSamples.PdfWithJavaScript,
        "macros" => EvidenceSamples.DocxWithMacros,
        "bomb" => EvidenceSamples.ZipBombDocx(),
        _ => throw new ArgumentException(kind),
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_hostile_file_is_refused_naming_the_rule_and_nothing_is_stored(string name, string kind, string rule)
    {
        using var f = new ReviewFixture(StoreEngines.Sqlite).WithAccounts();
        var review = f.Reviews.Open(Lead, "Barnet", Sector.SocialCare);
        var refused = Assert.Throws<ReviewRuleException>(() => f.Reviews.AddEvidenceFile(Lead, review.Id, "1.1", "", name, Content(kind)));
        Assert.Equal(rule, refused.Rule);
        Assert.Contains(rule, refused.Message);
        Assert.Contains("Nothing was stored", refused.Message, StringComparison.Ordinal);
        Assert.Empty(f.Reviews.Get(Lead, review.Id).Evidence);
        Assert.True(!Directory.Exists(f.Reviews.Files.Folder) || Directory.GetFiles(f.Reviews.Files.Folder).Length == 0);
        using var connection = f.Store.Store.OpenConnection();
        Assert.Contains(connection.Query<string>("SELECT detail FROM review_audit WHERE outcome = 'refused'"), d => d.Contains(rule));
    }

    [Fact]
    public void An_oversized_file_is_refused_before_it_is_read()
    {
        using var f = new ReviewFixture(StoreEngines.Sqlite, EvidenceLimits.Default with { MaxFileBytes = 1024 }).WithAccounts();
        var review = f.Reviews.Open(Lead, "Barnet", Sector.SocialCare);
        var big = new byte[1025];
        EvidenceSamples.Pdf.CopyTo(big, 0);
        var refused = Assert.Throws<ReviewRuleException>(() => f.Reviews.AddEvidenceFile(Lead, review.Id, "1.1", "", "big.pdf", big));
        Assert.Equal("evidence-size", refused.Rule);
        Assert.Contains("big.pdf", refused.Message);
        Assert.Contains("at most 1 KB", refused.Message);
    }

    public static TheoryData<string, string, string> Good => new()
    {
        { "Board minutes.pdf", "pdf", "application/pdf" },
        { "chart.png", "png", "image/png" },
        { "photo.JPEG", "jpeg", "image/jpeg" },
        { "notes.txt", "text", "text/plain; charset=utf-8" },
        { "report.docx", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "figures.xlsx", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
    };

    [Theory]
    [MemberData(nameof(Good))]
    public void A_good_file_is_kept_under_a_random_owner_only_name_and_read_back_as_it_was(string name, string kind, string contentType)
    {
        using var f = new ReviewFixture(StoreEngines.Sqlite).WithAccounts();
        var review = f.Reviews.Open(Lead, "Barnet", Sector.SocialCare);
        var content = kind switch
        {
            "pdf" => EvidenceSamples.Pdf,
            "png" => EvidenceSamples.Png,
            "jpeg" => EvidenceSamples.Jpeg,
            "text" => EvidenceSamples.Text,
            "docx" => EvidenceSamples.Docx,
            _ => EvidenceSamples.Xlsx,
        };
        var id = f.Reviews.AddEvidenceFile(Lead, review.Id, "1.1", "From the board", name, content);
        var item = Assert.Single(f.Reviews.Get(Lead, review.Id).Evidence);
        Assert.Equal(EvidenceItem.File, item.Kind);
        Assert.Equal(name, item.FileName);
        Assert.Equal(contentType, item.ContentType);
        var stored = Assert.Single(Directory.GetFiles(f.Reviews.Files.Folder));
        Assert.Matches("^[0-9a-f]{32}$", Path.GetFileName(stored));
        Assert.False(f.Reviews.Files.Folder.StartsWith(AppContext.BaseDirectory, StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(stored));
        var (fileName, type, bytes) = f.Reviews.EvidenceFile(Lead, review.Id, id);
        Assert.Equal(name, fileName);
        Assert.Equal(contentType, type);
        Assert.Equal(content, bytes);
        Assert.Throws<ReviewAccessDeniedException>(() => f.Reviews.EvidenceFile(ReviewFixture.EnfieldCommissioner, review.Id, id));
    }

    [Theory]
    [InlineData("Annual report (final) £2026.pdf", "Annual report (final) _2026.pdf")]
    [InlineData("  .hidden.pdf", "hidden.pdf")]
    [InlineData("<img src=x onerror=alert(1)>.pdf", "_img src_x onerror_alert(1)_.pdf")]
    public void Names_keep_only_safe_characters(string uploaded, string kept) => Assert.Equal(kept, EvidenceFileName.Check(uploaded));

    [Fact]
    public void Notes_and_links_are_evidence_too_but_only_web_links()
    {
        using var f = new ReviewFixture(StoreEngines.Sqlite).WithAccounts();
        var review = f.Reviews.Open(Lead, "Barnet", Sector.SocialCare);
        f.Reviews.AddEvidence(Lead, review.Id, "1.2", "The Local Offer", "https://example.org/local-offer");
        Assert.Equal("evidence-link", Assert.Throws<ReviewRuleException>(() => f.Reviews.AddEvidence(Lead, review.Id, "1.2", "x", "javascript:alert(1)")).Rule);
        Assert.Equal("evidence-link", Assert.Throws<ReviewRuleException>(() => f.Reviews.AddEvidence(Lead, review.Id, "1.2", "x", "file:///etc/passwd")).Rule);
        Assert.Equal("required", Assert.Throws<ReviewRuleException>(() => f.Reviews.AddEvidence(Lead, review.Id, "1.2", " ", null)).Rule);
        var item = Assert.Single(f.Reviews.Get(Lead, review.Id).Evidence);
        Assert.Equal("https://example.org/local-offer", item.Link);
    }
}
