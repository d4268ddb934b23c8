using System.Xml;
using System.Xml.Linq;
using JoinedUp.Ingest.Files;

namespace JoinedUp.Ingest.Sen2;

/// <summary>
/// Streams the persons of a SEN2 XML return (&lt;Message&gt;&lt;Header/&gt;&lt;Persons&gt;&lt;Person&gt;...), one person in
/// memory at a time. The elements read are those of the DfE's SEN2 specification: Person (names, PersonBirthDate,
/// Sex, Ethnicity, UPN, UniqueLearnerNumber, UPNunknown), Requests (ReceivedDate, RequestOutcome...), Assessment
/// (AssessmentOutcome, Week20, NamedPlan with PlanDetail), ActivePlans (Placement or PlacementDetail, SENneed). DTDs
/// and entities are refused.
/// </summary>
public static class Sen2XmlReader
{
    public const string BodyElement = "Persons";

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "Surname", "Forename", "FamilyName", "Firstname", "PersonBirthDate", "Sex", "Ethnicity", "PostCode", "UPN", "UniqueLearnerNumber",
        "UPNunknown", "Requests", "ReceivedDate", "RequestSource", "RYA", "RequestOutcomeDate", "RequestOutcome", "RequestMediation",
        "RequestTribunal", "Exported", "Assessment", "AssessmentOutcome", "AssessmentOutcomeDate", "AssessmentMediation",
        "AssessmentTribunal", "OtherMediation", "OtherTribunal", "Week20", "NamedPlan", "StartDate", "PlanRes", "PlanWPB", "PB", "OA",
        "DP", "CeaseDate", "CeaseReason", "PlanDetail", "URN", "UKPRN", "SENSetting", "SENSettingOther", "PlacementRank",
        "SENUnitIndicator", "SENunitIndicator", "ResourcedProvisionIndicator", "ActivePlans", "TransferLA", "Placement", "PlacementDetail",
        "EntryDate", "LeavingDate", "RES", "WPB", "SENneed", "SENtype", "SENtypeRank", "ReviewMeeting", "ReviewOutcome", "LastReview",
    };

    public static IEnumerable<Sen2Person> Persons(string path)
    {
        using var reader = XmlReader.Create(path, SafeXml.Settings());
        var info = (IXmlLineInfo)reader;
        var number = 0;
        var sawPersons = false;
        while (true)
        {
            XElement element;
            int line;
            try
            {
                var at = reader.NodeType == XmlNodeType.Element && reader.LocalName == "Person";
                if (!at && !ReadToPerson(reader, ref sawPersons)) break;
                line = info.LineNumber;
                element = (XElement)XNode.ReadFrom(reader);
            }
            catch (XmlException e)
            {
                throw SafeXml.Refusal(e, path);
            }
            yield return Map(element, ++number, line);
        }
        if (!sawPersons)
            throw FileRules.Refuse(FileRules.XmlSchema, $"The file has no <{BodyElement}> element: it is not shaped as a SEN2 return (Message, Header, Persons, Person).", path);
    }

    private static bool ReadToPerson(XmlReader reader, ref bool sawPersons)
    {
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            if (reader.LocalName == BodyElement) sawPersons = true;
            if (reader.LocalName == "Person") return true;
        }
        return false;
    }

    private static Sen2Person Map(XElement p, int number, int line)
    {
        var person = new Sen2Person
        {
            Number = number,
            Line = line,
            Surname = Text(p, "Surname") ?? Text(p, "FamilyName"),
            Forename = Text(p, "Forename") ?? Text(p, "Firstname"),
            BirthDate = Text(p, "PersonBirthDate"),
            Sex = Text(p, "Sex"),
            Ethnicity = Text(p, "Ethnicity"),
            Upn = Text(p, "UPN"),
            UniqueLearnerNumber = Text(p, "UniqueLearnerNumber"),
            UpnUnknown = Text(p, "UPNunknown"),
        };
        foreach (var name in p.Descendants().Select(d => d.Name.LocalName).Where(n => !Known.Contains(n)).Distinct())
            person.UnknownElements.Add(name);
        foreach (var r in p.Elements("Requests"))
        {
            var request = new Sen2Request
            {
                Line = ((IXmlLineInfo)r).HasLineInfo() ? ((IXmlLineInfo)r).LineNumber : line,
                ReceivedDate = Text(r, "ReceivedDate"),
                RequestOutcome = Text(r, "RequestOutcome"),
                RequestOutcomeDate = Text(r, "RequestOutcomeDate"),
            };
            if (r.Element("Assessment") is { } a)
            {
                request.AssessmentOutcome = Text(a, "AssessmentOutcome");
                request.AssessmentOutcomeDate = Text(a, "AssessmentOutcomeDate");
                request.Week20Exception = Text(a, "Week20");
                if (a.Element("NamedPlan") is { } plan)
                {
                    request.PlanStart = Text(plan, "StartDate");
                    request.PlanCeaseDate = Text(plan, "CeaseDate");
                    request.PlanCeaseReason = Text(plan, "CeaseReason");
                    foreach (var detail in plan.Elements("PlanDetail")) request.Placements.Add(Placement(detail));
                }
            }
            if (r.Element("ActivePlans") is { } active)
            {
                if (request.Placements.Count == 0)
                    foreach (var detail in active.Elements().Where(e => e.Name.LocalName is "Placement" or "PlacementDetail"))
                        request.Placements.Add(Placement(detail));
                foreach (var need in active.Descendants("SENneed"))
                    request.Needs.Add((Text(need, "SENtype"), Text(need, "SENtypeRank")));
            }
            person.Requests.Add(request);
        }
        return person;
    }

    private static (string?, string?, int) Placement(XElement detail) =>
        (Text(detail, "SENSetting") ?? Text(detail, "SENSettingOther"), Text(detail, "URN"),
         int.TryParse(Text(detail, "PlacementRank"), out var rank) ? rank : 1);

    private static string? Text(XElement parent, string name)
    {
        var value = parent.Element(name)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
