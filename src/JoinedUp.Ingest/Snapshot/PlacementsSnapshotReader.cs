using JoinedUp.Domain.Pseudonymisation;
using JoinedUp.Domain.Returns;
using JoinedUp.Ingest.Files;
using JoinedUp.Ingest.Importing;

namespace JoinedUp.Ingest.Snapshot;

public sealed class PlacementsSnapshotReader(SubmissionKey key, ChildPseudonymiser pseudonymiser)
{
    public ReturnReadResult Read(string path, ISubmissionWriter writer) =>
        throw FileRules.Refuse(FileRules.UnknownKind, $"Not yet: {key} {pseudonymiser} {writer}", path);
}
