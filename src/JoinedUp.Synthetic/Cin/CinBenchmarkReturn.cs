using System.Globalization;
using System.Text;
using System.Xml;

namespace JoinedUp.Synthetic.Cin;

/// <summary>
/// A CIN census return of any size for the throughput benchmark: N children of one LA, each with a referral, an
/// assessment and a CIN plan, a third with a section 47 enquiry and child protection plan, valid against the year's
/// DfE schema. Written straight from a seeded stream (no care-history simulation) so that 500,000 children take seconds.
/// </summary>
public static class CinBenchmarkReturn
{
    public static void Write(string path, string laCode, int year, int children, int seed)
    {
        var rng = new Random(seed);
        using var xml = XmlWriter.Create(path, new XmlWriterSettings { Indent = false, Encoding = new UTF8Encoding(false) });
        CinCensusXmlWriter.WriteHeader(xml, "CIN", laCode, year);
        xml.WriteStartElement("Children");
        var reference = new DateOnly(year, 3, 31);
        string[] ethnicities = ["WBRI", "WOTH", "BAFR", "BCRB", "MWBC", "AIND", "APKN", "OOTH"];
        for (var i = 0; i < children; i++)
        {
            var birth = reference.AddDays(-rng.Next(30, 17 * 365));
            var referral = reference.AddDays(-rng.Next(10, 700));
            if (referral < birth) referral = birth.AddDays(1);
            xml.WriteStartElement("Child");
            xml.WriteStartElement("ChildIdentifiers");
            xml.WriteElementString("LAchildID", "B" + i.ToString(CultureInfo.InvariantCulture));
            xml.WriteElementString("UPNunknown", "UN1");
            xml.WriteElementString("PersonBirthDate", CinCensusXmlWriter.Iso(birth));
            if (year >= 2026) xml.WriteElementString("Sex", rng.Next(2) == 0 ? "M" : "F");
            else xml.WriteElementString("GenderCurrent", rng.Next(2) == 0 ? "1" : "2");
            xml.WriteEndElement();
            xml.WriteStartElement("ChildCharacteristics");
            xml.WriteElementString("Ethnicity", ethnicities[rng.Next(ethnicities.Length)]);
            xml.WriteEndElement();
            xml.WriteStartElement("CINdetails");
            xml.WriteElementString("CINreferralDate", CinCensusXmlWriter.Iso(referral));
            xml.WriteElementString("ReferralSource", "1A");
            var abuse = rng.Next(3) == 0;
            xml.WriteElementString("PrimaryNeedCode", abuse ? "N1" : "N" + rng.Next(2, 9).ToString(CultureInfo.InvariantCulture));
            if (abuse) xml.WriteElementString("DateOfInitialCPC", CinCensusXmlWriter.Iso(Min(referral.AddDays(8), reference)));
            xml.WriteStartElement("Assessments");
            xml.WriteElementString("AssessmentActualStartDate", CinCensusXmlWriter.Iso(Min(referral.AddDays(1), reference)));
            xml.WriteElementString("AssessmentAuthorisationDate", CinCensusXmlWriter.Iso(Min(referral.AddDays(9), reference)));
            xml.WriteEndElement();
            xml.WriteStartElement("CINPlanDates");
            xml.WriteElementString("CINPlanStartDate", CinCensusXmlWriter.Iso(Min(referral.AddDays(9), reference)));
            xml.WriteEndElement();
            if (abuse)
            {
                xml.WriteStartElement("Section47");
                xml.WriteElementString("S47ActualStartDate", CinCensusXmlWriter.Iso(Min(referral.AddDays(1), reference)));
                xml.WriteElementString("DateOfInitialCPC", CinCensusXmlWriter.Iso(Min(referral.AddDays(8), reference)));
                xml.WriteElementString("ICPCnotRequired", "0");
                xml.WriteEndElement();
            }
            xml.WriteElementString("ReferralNFA", "0");
            if (abuse)
            {
                xml.WriteStartElement("ChildProtectionPlans");
                xml.WriteElementString("CPPstartDate", CinCensusXmlWriter.Iso(Min(referral.AddDays(8), reference)));
                xml.WriteElementString("InitialCategoryOfAbuse", "NEG");
                xml.WriteElementString("LatestCategoryOfAbuse", "NEG");
                xml.WriteElementString("NumberOfPreviousCPP", "0");
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
