using System.Globalization;
using JoinedUp.Domain.Geography;
using JoinedUp.Domain.Returns;
using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Tables;
using JoinedUp.Store;
using JoinedUp.Store.Reading;

namespace JoinedUp.Ingest.Validation.Ssda903;

/// <summary>
/// Where the LA's previous year's return comes from for the previous-year rules: the files uploaded with this year's
/// (read as written, children by their own ID), or the store's current submission of that LA and year (the region's
/// degraded copy: children by pseudonym, dates of birth to the month, postcodes to the district, no UPN, no MOTHER or
/// MC_DOB, no social worker ID), rebuilt as the typed rows the rules read. See docs/decisions/0014.
/// </summary>
public static class PreviousReturns
{
    /// <summary>The previous year's return read from its files (uploaded in the same import); throws <see cref="Files.ReturnFileException"/> if a file cannot be read.</summary>
    public static PreviousReturn FromFiles(SubmissionKey key, Ssda903Files files)
    {
        var previous = new Ssda903Return(key);
        foreach (var row in files.Rows()) previous.Add(row);
        foreach (var table in files.Tables) previous.Supply(table);
        return new PreviousReturn(previous, FilesSource(key.Year), FromStore: false);
    }

    /// <summary>The store's current SSDA903 submission of <paramref name="la"/> for <paramref name="year"/>, or null when it holds none.</summary>
    public static PreviousReturn? FromStore(RegionalStore store, string la, int year)
    {
        var stored = store.LoadedSsda903Return(la, year);
        return stored is null ? null : FromStored(stored);
    }

    /// <summary>A return read back from the store as the typed rows the rules read, children keyed by pseudonym.</summary>
    public static PreviousReturn FromStored(StoredSsda903Return stored)
    {
        var key = new SubmissionKey(stored.La, ReturnKind.Ssda903, stored.Year);
        var previous = new Ssda903Return(key);
        foreach (var name in stored.Tables)
            if (TableNamed(name) is { } table) previous.Supply(table);

        var header = Ssda903Tables.Header;
        foreach (var child in stored.Children)
        {
            var values = new string?[header.Fields.Count];
            values[header["CHILD"]] = child.Pseudonym;
            values[header["SEX"]] = child.Sex?.ToString(CultureInfo.InvariantCulture);
            values[header["DOB"]] = child.BirthMonth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            values[header["ETHNIC"]] = child.Ethnicity;
            previous.Add(Ssda903Return.Typed(header, StoredFile(header), child.RowNumber, values));
        }

        var episodes = Ssda903Tables.Episodes;
        foreach (var e in stored.Episodes)
        {
            var values = new string?[episodes.Fields.Count];
            values[episodes["CHILD"]] = e.Pseudonym;
            values[episodes["DECOM"]] = e.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            values[episodes["RNE"]] = e.ReasonNewEpisode;
            values[episodes["LS"]] = e.LegalStatus;
            values[episodes["CIN"]] = e.CategoryOfNeed;
            values[episodes["PLACE"]] = e.PlacementType;
            values[episodes["PLACE_PROVIDER"]] = e.PlacementProvider;
            values[episodes["DEC"]] = e.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            values[episodes["REC"]] = e.ReasonEpisodeCeased;
            values[episodes["REASON_PLACE_CHANGE"]] = e.ReasonPlacementChange;
            values[episodes["HOME_POST"]] = e.HomeDistrict;
            values[episodes["PL_POST"]] = e.PlacementDistrict;
            values[episodes["URN"]] = e.Urn;
            previous.Add(Ssda903Return.Typed(episodes, StoredFile(episodes), e.RowNumber, values));
        }

        foreach (var row in stored.Rows)
        {
            if (TableNamed(row.Table) is not { } table || row.Pseudonym is null) continue;
            var values = new string?[table.Fields.Count];
            values[0] = row.Pseudonym;
            for (var i = 1; i < table.Fields.Count; i++)
            {
                var field = table.Fields[i];
                var value = row.Fields.GetValueOrDefault(field.Name);
                // The store keeps a date of birth as its month (yyyy-MM): read as the 1st of that month.
                values[i] = field.Kind == FieldKind.BirthDate && value is { Length: 7 } ? value + "-01" : value;
            }
            previous.Add(Ssda903Return.Typed(table, StoredFile(table), row.Row, values));
        }
        return new PreviousReturn(previous, StoredSource(stored.La, stored.Year, stored.LoadedAt), FromStore: true);
    }

    /// <summary>"the 2023/24 files uploaded with this return".</summary>
    public static string FilesSource(int year) => $"the {CollectionYears.Name(year)} files uploaded with this return";

    /// <summary>"Barnet's 2023/24 return as loaded on 12/05/2024".</summary>
    public static string StoredSource(string la, int year, string loadedAt)
    {
        var name = EnglishLocalAuthorities.ByDfeCode(la)?.Name ?? $"LA {la}";
        var day = DateTime.TryParse(loadedAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
            : loadedAt;
        return $"{name}'s {CollectionYears.Name(year)} return as loaded on {day}";
    }

    private static TableSpec? TableNamed(string name)
    {
        foreach (var table in Ssda903Tables.All)
            if (table.Name == name) return table;
        return null;
    }

    private static string StoredFile(TableSpec table) => $"{table.Name} (as stored)";
}
