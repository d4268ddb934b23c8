using System.Xml;
using JoinedUp.Domain.Returns;
using JoinedUp.Ingest.Cin;
using JoinedUp.Ingest.Files;
using JoinedUp.Ingest.Sen2;
using JoinedUp.Ingest.Snapshot;
using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Tables;

namespace JoinedUp.Ingest.Importing;

/// <summary>
/// Which return a file belongs to, from its content (XML root and collection header, CSV headings, workbook
/// headings), not its name. A file that cannot be read far enough to tell (empty, a DTD, broken XML) is refused with
/// the reason.
/// </summary>
public static class ReturnRecognition
{
    public static ReturnKind Recognise(string path) => Identify(path).Kind;

    /// <summary>The return, and for the DfE's XML collections the header (which names the LA and year).</summary>
    public static (ReturnKind Kind, XmlReturnHeader? Header) Identify(string path)
    {
        var (kind, header, _) = IdentifyWithTable(path);
        return (kind, header);
    }

    /// <summary>As <see cref="Identify"/>, and for an SSDA903 CSV file which of its tables it holds (so it is not worked out twice).</summary>
    public static (ReturnKind Kind, XmlReturnHeader? Header, TableSpec? Ssda903Table) IdentifyWithTable(string path)
    {
        if (new FileInfo(path).Length == 0) throw FileRules.Refuse(FileRules.Empty, "The file is empty.", path);
        if (Ssda903Files.IsXml(path))
        {
            var header = XmlReturnHeader.Read(path);
            if (header.Root == Ssda903XmlReader.RootElement) return (ReturnKind.Ssda903, null, null);
            if (header.Root == CinSubmissionReader.RootElement)
            {
                if (string.Equals(header.Collection, CinSubmissionReader.Collection, StringComparison.OrdinalIgnoreCase)
                    || (header.Collection is null && header.Body == "Children"))
                    return (ReturnKind.CinCensus, header, null);
                if (string.Equals(header.Collection, Sen2SubmissionReader.Collection, StringComparison.OrdinalIgnoreCase)
                    || (header.Collection is null && header.Body == Sen2XmlReader.BodyElement))
                    return (ReturnKind.Sen2, header, null);
                throw FileRules.Refuse(FileRules.UnknownKind,
                    $"The XML is a DfE <Message> for the collection '{header.Collection ?? "(none given)"}', not the CIN census or SEN2.", path);
            }
            throw FileRules.Refuse(FileRules.UnknownKind,
                $"The XML root element <{header.Root}> is not one of a return JoinedUp reads (SSDA903: <{Ssda903XmlReader.RootElement}>; CIN census and SEN2: <Message>).", path);
        }
        if (School.SchoolCensusFiles.RecognisesWorkbook(path)) return (ReturnKind.SchoolCensus, null, null);
        if (PlacementsSnapshotFiles.IsWorkbook(path))
            return (ReturnKind.PlacementsSnapshot, null, null);
        if (PlacementsSnapshotFiles.RecognisesCsv(path)) return (ReturnKind.PlacementsSnapshot, null, null);
        if (School.SchoolCensusFiles.RecognisesCsv(path)) return (ReturnKind.SchoolCensus, null, null);
        if (Ssda903Files.TableOf(path) is { } table) return (ReturnKind.Ssda903, null, table);
        throw FileRules.Refuse(FileRules.UnknownKind, "The CSV headings do not match any table of a return JoinedUp reads.", path, row: 1);
    }

    /// <summary>The root element's name, read safely: a DTD or malformed XML is refused.</summary>
    public static string XmlRoot(string path)
    {
        try
        {
            using var reader = XmlReader.Create(path, SafeXml.Settings());
            reader.MoveToContent();
            return reader.LocalName;
        }
        catch (XmlException e)
        {
            throw SafeXml.Refusal(e, path);
        }
    }
}
