using System.Globalization;
using System.Text;
using System.Xml;
using JoinedUp.Synthetic.Children;

namespace JoinedUp.Synthetic.Cin;

/// <summary>
/// Writes one LA's CIN census XML for a collection year from the same children as its SSDA903 return: every child
/// looked after in the year is a child in need, with a referral before care began, an assessment, a CIN plan, and for
/// abuse or neglect (N1) a section 47 enquiry, conference and child protection plan that ended when care began. The
/// shape follows the DfE schema of the year (GenderCurrent up to 2025, Sex from 2026). Only years with a DfE schema
/// JoinedUp holds (2022 on) are written.
/// </summary>
public sealed class CinCensusXmlWriter(Random rng)
{
    public const string FileName = "cin_census.xml";
    public const int FirstYear = 2022;

    public int Write(string laCode, int year, IEnumerable<SyntheticChild> children, string directory)
    {
        Directory.CreateDirectory(directory);
        using var xml = XmlWriter.Create(Path.Combine(directory, FileName), new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
        WriteHeader(xml, "CIN", laCode, year);
        xml.WriteStartElement("Children");
        var count = 0;
        foreach (var child in children)
        {
            WriteChild(xml, child, year);
            count++;
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        return count;
    }

    public static void WriteHeader(XmlWriter xml, string collection, string laCode, int year, DateOnly? reference = null)
    {
        xml.WriteStartElement("Message");
        xml.WriteStartElement("Header");
        xml.WriteStartElement("CollectionDetails");
        xml.WriteElementString("Collection", collection);
        xml.WriteElementString("Year", year.ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("ReferenceDate", Iso(reference ?? new DateOnly(year, 3, 31)));
        xml.WriteEndElement();
        xml.WriteStartElement("Source");
        xml.WriteElementString("SourceLevel", "L");
        xml.WriteElementString("LEA", laCode);
        xml.WriteElementString("SoftwareCode", "JoinedUp synthetic");
        xml.WriteElementString("Release", "1");
        xml.WriteElementString("SerialNo", "001");
        xml.WriteElementString("DateTime", $"{year}-05-01T09:00:00");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private void WriteChild(XmlWriter xml, SyntheticChild child, int year)
    {
        var reference = new DateOnly(year, 3, 31);
        var entry = child.Episodes.Where(e => e.Start <= reference).Select(e => e.Start).DefaultIfEmpty(reference).Max(d => d);
        // The period of care open in (or last before) the census year: walk back over contiguous episodes.
        var index = child.Episodes.FindLastIndex(e => e.Start <= reference);
        while (index > 0 && child.Episodes[index - 1].End == child.Episodes[index].Start) index--;
        if (index >= 0) entry = child.Episodes[index].Start;
        var need = index >= 0 ? child.Episodes[index].CategoryOfNeed : "N4";
        var referral = Max(entry.AddDays(-rng.Next(20, 90)), child.DateOfBirth);
        var left = child.Episodes.Count > 0 && child.Episodes[^1].End is { } end && end <= reference ? end : (DateOnly?)null;

        xml.WriteStartElement("Child");
        xml.WriteStartElement("ChildIdentifiers");
        xml.WriteElementString("LAchildID", child.ChildId);
        if (child.Upn.StartsWith("UN", StringComparison.Ordinal)) xml.WriteElementString("UPNunknown", child.Upn);
        else xml.WriteElementString("UPN", child.Upn);
        xml.WriteElementString("PersonBirthDate", Iso(child.DateOfBirth));
        if (year >= 2026) xml.WriteElementString("Sex", child.Sex == 1 ? "M" : "F");
        else xml.WriteElementString("GenderCurrent", child.Sex.ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();
        xml.WriteStartElement("ChildCharacteristics");
        xml.WriteElementString("Ethnicity", child.Ethnicity);
        if (child.Needs.PrimaryNeed is SenType.Autism or SenType.SevereLearningDifficulty or SenType.ProfoundMultipleLearningDifficulty)
        {
            xml.WriteStartElement("Disabilities");
            xml.WriteElementString("Disability", child.Needs.PrimaryNeed == SenType.Autism ? "AUT" : "LD");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        xml.WriteStartElement("CINdetails");
        xml.WriteElementString("CINreferralDate", Iso(referral));
        xml.WriteElementString("ReferralSource", rng.Next(3) switch { 0 => "1A", 1 => "3A", _ => "5A" });
        xml.WriteElementString("PrimaryNeedCode", need);
        if (left is { } closed)
        {
            xml.WriteElementString("CINclosureDate", Iso(closed));
            xml.WriteElementString("ReasonForClosure", "RC1");
        }
        var abuse = need == "N1";
        if (abuse) xml.WriteElementString("DateOfInitialCPC", Iso(referral.AddDays(10)));
        xml.WriteStartElement("Assessments");
        xml.WriteElementString("AssessmentActualStartDate", Iso(referral.AddDays(2)));
        xml.WriteElementString("AssessmentAuthorisationDate", Iso(Min(referral.AddDays(15), left ?? reference)));
        xml.WriteEndElement();
        xml.WriteStartElement("CINPlanDates");
        xml.WriteElementString("CINPlanStartDate", Iso(Min(referral.AddDays(16), left ?? reference)));
        xml.WriteEndElement();
        if (abuse)
        {
            xml.WriteStartElement("Section47");
            xml.WriteElementString("S47ActualStartDate", Iso(referral.AddDays(1)));
            xml.WriteElementString("InitialCPCtarget", Iso(referral.AddDays(16)));
            xml.WriteElementString("DateOfInitialCPC", Iso(referral.AddDays(10)));
            xml.WriteElementString("ICPCnotRequired", "0");
            xml.WriteEndElement();
        }
        xml.WriteElementString("ReferralNFA", "0");
        if (abuse)
        {
            xml.WriteStartElement("ChildProtectionPlans");
            xml.WriteElementString("CPPstartDate", Iso(referral.AddDays(10)));
            xml.WriteElementString("CPPendDate", Iso(Max(entry, referral.AddDays(11))));
            xml.WriteElementString("InitialCategoryOfAbuse", rng.Next(3) == 0 ? "EMO" : "NEG");
            xml.WriteElementString("LatestCategoryOfAbuse", "NEG");
            xml.WriteElementString("NumberOfPreviousCPP", rng.Next(4) == 0 ? "1" : "0");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
