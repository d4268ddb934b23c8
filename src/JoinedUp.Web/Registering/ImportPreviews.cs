using System.Collections.Concurrent;
using JoinedUp.Register.Import;

namespace JoinedUp.Web.Registering;

/// <summary>
/// Register import previews waiting for their user to confirm them, kept in memory for an hour, at most
/// <see cref="PerUser"/> per user (a new one replaces that user's oldest); each holds at most the library's row limit.
/// A preview holds pseudonyms only (the library hashes child IDs while reading), so nothing identifying waits here.
/// </summary>
public sealed class ImportPreviews
{
    public const int PerUser = 3;
    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<Guid, (RegisterImportPreview Preview, DateTime At)> _previews = new();

    public void Add(RegisterImportPreview preview)
    {
        foreach (var old in _previews.Where(p => DateTime.UtcNow - p.Value.At > KeepFor).Select(p => p.Key).ToList()) _previews.TryRemove(old, out _);
        foreach (var old in _previews.Where(p => p.Value.Preview.UserName == preview.UserName).OrderByDescending(p => p.Value.At).Skip(PerUser - 1).Select(p => p.Key).ToList())
            _previews.TryRemove(old, out _);
        _previews[preview.Id] = (preview, DateTime.UtcNow);
    }

    /// <summary>The preview if it exists and belongs to this user; null otherwise.</summary>
    public RegisterImportPreview? Find(Guid id, string userName) =>
        _previews.TryGetValue(id, out var p) && p.Preview.UserName == userName && DateTime.UtcNow - p.At <= KeepFor ? p.Preview : null;

    public void Remove(Guid id) => _previews.TryRemove(id, out _);
}
