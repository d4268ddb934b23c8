using JoinedUp.Store;
using JoinedUp.Web.Uploads;

namespace JoinedUp.Web.Hosting;

/// <summary>The importer uploads use when the caller gives none: the Ingest importer.</summary>
internal static class DefaultImporter
{
    public static IReturnImport For(RegionalStore store) => new IngestReturnImport(store);
}
