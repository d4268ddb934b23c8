namespace JoinedUp.Review.Evidence;

/// <summary>How big uploaded evidence may be, and how far a DOCX or XLSX may expand when unzipped (zip bombs).</summary>
public sealed record EvidenceLimits(long MaxFileBytes, long MaxUnzippedBytes, int MaxZipEntries, int MaxCompressionRatio)
{
    public static EvidenceLimits Default { get; } = new(10L * 1024 * 1024, 100L * 1024 * 1024, 2000, 100);
}
