using JoinedUp.Store;
using JoinedUp.Web.Uploads;

namespace JoinedUp.Web.Hosting;

/// <summary>The importer uploads use when the caller gives none.</summary>
internal static class DefaultImporter
{
    public static IReturnImport? For(RegionalStore store) => null;
}
