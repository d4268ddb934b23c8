using System.Text;
using System.Xml;
using JoinedUp.Synthetic.Children;
using JoinedUp.Synthetic.Cin;

namespace JoinedUp.Synthetic.Sen2;

/// <summary>
/// Writes one LA's SEN2 XML for a collection year: a person for every child with an EHC plan issued by the end of the
/// year, with the request (14 to 22 weeks before the plan, so some miss the 20-week limit), the assessment, the named
/// plan with its placement (a residential special school for a child placed in one, with its URN), and the ranked SEN
/// types. A child in a residential special school always has a plan by the time of that placement. Children without a
/// UPN are given by name (synthetic) instead, as SEN2 allows.
/// </summary>
public sealed class Sen2XmlWriter(Random rng)
{
    public const string FileName = "sen2.xml";

    public int Write(string laCode, int year, IEnumerable<SyntheticChild> children, string directory)
    {
        Directory.CreateDirectory(directory);
        var reference = new DateOnly(year, 3, 31);
        using var xml = XmlWriter.Create(Path.Combine(directory, FileName), new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
        CinCensusXmlWriter.WriteHeader(xml, "SEN2", laCode, year, new DateOnly(year, 1, 18));
        xml.WriteStartElement("Persons");
        var count = 0;
        foreach (var child in children)
        {
            if (PlanStart(child) is not { } start || start > reference) continue;
            WritePerson(xml, child, start, reference);
            count++;
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        return count;
    }

    /// <summary>When the child's EHC plan began: the plan's own date, or earlier if a residential special school placement came first.</summary>
    public static DateOnly? PlanStart(SyntheticChild child)
    {
        var school = child.Episodes.Where(e => e.PlacementType == "S1").Select(e => (DateOnly?)e.Start).Min();
        if (!child.Needs.HasEhcPlan && school is null) return null;
        var start = child.Needs.EhcPlanStart ?? school;
        return school is { } s && (start is null || s < start) ? s : start;
    }

    private void WritePerson(XmlWriter xml, SyntheticChild child, DateOnly start, DateOnly reference)
    {
        xml.WriteStartElement("Person");
        if (child.Upn.StartsWith("UN", StringComparison.Ordinal))
        {
            xml.WriteElementString("Surname", "Child" + child.ChildId);
            xml.WriteElementString("Forename", "Synthetic");
        }
        xml.WriteElementString("PersonBirthDate", CinCensusXmlWriter.Iso(child.DateOfBirth));
        xml.WriteElementString("Sex", child.Sex == 1 ? "M" : "F");
        xml.WriteElementString("Ethnicity", child.Ethnicity);
        if (child.Upn.StartsWith("UN", StringComparison.Ordinal)) xml.WriteElementString("UPNunknown", child.Upn);
        else xml.WriteElementString("UPN", child.Upn);
        xml.WriteStartElement("Requests");
        var received = start.AddDays(-7 * rng.Next(14, 23));
        xml.WriteElementString("ReceivedDate", CinCensusXmlWriter.Iso(received));
        xml.WriteElementString("RequestOutcomeDate", CinCensusXmlWriter.Iso(received.AddDays(40)));
        xml.WriteElementString("RequestOutcome", "A");
        xml.WriteStartElement("Assessment");
        xml.WriteElementString("AssessmentOutcome", "H");
        xml.WriteElementString("AssessmentOutcomeDate", CinCensusXmlWriter.Iso(start.AddDays(-7)));
        if ((start.DayNumber - received.DayNumber) > 140 && rng.Next(3) == 0) xml.WriteElementString("Week20", "A");
        var school = child.Episodes.FirstOrDefault(e => e.PlacementType == "S1" && e.Start <= reference && (e.End is null || e.End >= start));
        xml.WriteStartElement("NamedPlan");
        xml.WriteElementString("StartDate", CinCensusXmlWriter.Iso(start));
        xml.WriteStartElement("PlanDetail");
        if (school?.Urn is { } urn) xml.WriteElementString("URN", urn);
        xml.WriteElementString("SENSetting", school is not null ? "RSS" : rng.Next(5) == 0 ? "SS" : "MS");
        xml.WriteElementString("PlacementRank", "1");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("ActivePlans");
        var rank = 1;
        foreach (var need in new[] { child.Needs.PrimaryNeed ?? SenType.Other, child.Needs.SecondaryNeed })
        {
            if (need is null) continue;
            xml.WriteStartElement("SENneed");
            xml.WriteElementString("SENtype", need);
            xml.WriteElementString("SENtypeRank", (rank++).ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}
