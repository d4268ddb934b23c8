using System.Xml;
using System.Xml.Schema;
using JoinedUp.Domain.Validation;
using JoinedUp.Ingest.Files;

namespace JoinedUp.Ingest.Cin;

/// <summary>
/// Streams the children of a CIN census XML return (root &lt;Message&gt;, &lt;Children&gt;&lt;Child&gt;...), validating
/// against the DfE schema for the collection year as it reads: one child is held at a time. Every schema failure is
/// reported (with its line) as a refusal; DTDs and entities are refused before anything is read.
/// </summary>
public sealed class CinCensusXmlReader(string path, XmlSchemaSet schema, int year)
{
    public const string Table = "Child";
    private const int MaxSchemaIssues = 1000;

    /// <summary>Schema failures found so far (refusals); the count keeps going past the listed ones.</summary>
    public List<ValidationIssue> SchemaIssues { get; } = [];

    public int SchemaFailures { get; private set; }

    public IEnumerable<CinChild> Children()
    {
        var settings = SafeXml.Settings(schema);
        settings.ValidationEventHandler += OnSchemaFailure;
        using var reader = XmlReader.Create(path, settings);
        var info = (IXmlLineInfo)reader;
        CinChild? child = null;
        CinReferral? referral = null;
        CinAssessment? assessment = null;
        CinPlanPeriod? plan = null;
        Section47Enquiry? s47 = null;
        ChildProtectionPlan? cpp = null;
        var number = 0;
        string? container = null;
        Advance(reader);
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                var name = reader.LocalName;
                switch (name)
                {
                    case "Child":
                        child = new CinChild { Number = ++number, Line = info.LineNumber };
                        referral = null;
                        break;
                    case "CINdetails" when child is not null:
                        referral = new CinReferral { Line = info.LineNumber };
                        child.Referrals.Add(referral);
                        assessment = null; plan = null; s47 = null; cpp = null;
                        container = null;
                        break;
                    case "Assessments" when referral is not null:
                        referral.Assessments.Add(assessment = new CinAssessment());
                        container = name;
                        break;
                    case "CINPlanDates" when referral is not null:
                        referral.CinPlans.Add(plan = new CinPlanPeriod());
                        container = name;
                        break;
                    case "Section47" when referral is not null:
                        referral.Section47s.Add(s47 = new Section47Enquiry());
                        container = name;
                        break;
                    case "ChildProtectionPlans" when referral is not null:
                        referral.ProtectionPlans.Add(cpp = new ChildProtectionPlan());
                        container = name;
                        break;
                    default:
                        if (IsValue(name) && !reader.IsEmptyElement)
                        {
                            var value = Text(reader, path);
                            if (value is not null && child is not null) Assign(child, referral, container, assessment, plan, s47, cpp, name, value);
                            continue;
                        }
                        break;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                switch (reader.LocalName)
                {
                    case "Child":
                        if (child is not null) yield return child;
                        child = null;
                        break;
                    case "Assessments" or "CINPlanDates" or "Section47" or "ChildProtectionPlans":
                        container = null;
                        break;
                }
            }
            Advance(reader);
        }
    }

    private static void Assign(CinChild child, CinReferral? referral, string? container, CinAssessment? assessment, CinPlanPeriod? plan,
        Section47Enquiry? s47, ChildProtectionPlan? cpp, string name, string value)
    {
        switch (container)
        {
            case "Assessments" when assessment is not null:
                switch (name)
                {
                    case "AssessmentActualStartDate": assessment.Start = value; return;
                    case "AssessmentInternalReviewDate": assessment.InternalReview = value; return;
                    case "AssessmentAuthorisationDate": assessment.Authorised = value; return;
                    case "AssessmentFactors": assessment.Factors.Add(value); return;
                }
                return;
            case "CINPlanDates" when plan is not null:
                if (name == "CINPlanStartDate") plan.Start = value;
                else if (name == "CINPlanEndDate") plan.End = value;
                return;
            case "Section47" when s47 is not null:
                switch (name)
                {
                    case "S47ActualStartDate": s47.Start = value; return;
                    case "InitialCPCtarget": s47.InitialCpcTarget = value; return;
                    case "DateOfInitialCPC": s47.DateOfInitialCpc = value; return;
                    case "ICPCnotRequired": s47.IcpcNotRequired = value; return;
                }
                return;
            case "ChildProtectionPlans" when cpp is not null:
                switch (name)
                {
                    case "CPPstartDate": cpp.Start = value; return;
                    case "CPPendDate": cpp.End = value; return;
                    case "InitialCategoryOfAbuse": cpp.InitialCategoryOfAbuse = value; return;
                    case "LatestCategoryOfAbuse": cpp.LatestCategoryOfAbuse = value; return;
                    case "NumberOfPreviousCPP": cpp.NumberOfPreviousPlans = value; return;
                    case "CPPreviewDate": cpp.Reviews.Add(value); return;
                }
                return;
        }
        switch (name)
        {
            case "LAchildID": child.LaChildId = value; return;
            case "UPN": child.Upn = value; return;
            case "UPNunknown": child.UpnUnknown = value; return;
            case "PersonBirthDate": child.BirthDate = value; return;
            case "ExpectedPersonBirthDate": child.ExpectedBirthDate = value; return;
            case "GenderCurrent" or "Sex": child.Sex = value; return;
            case "Ethnicity": child.Ethnicity = value; return;
            case "Disability": child.Disabilities.Add(value); return;
        }
        if (referral is null) return;
        switch (name)
        {
            case "CINreferralDate": referral.ReferralDate = value; return;
            case "ReferralSource": referral.ReferralSource = value; return;
            case "PrimaryNeedCode": referral.PrimaryNeed = value; return;
            case "CINclosureDate": referral.ClosureDate = value; return;
            case "ReasonForClosure": referral.ReasonForClosure = value; return;
            case "DateOfInitialCPC": referral.DateOfInitialCpc = value; return;
            case "ReferralNFA": referral.ReferralNfa = value; return;
        }
    }

    /// <summary>Elements that hold a value rather than other elements (the header's are read but not used here).</summary>
    private static bool IsValue(string name) => name switch
    {
        "Message" or "Header" or "CollectionDetails" or "Source" or "Children" or "Child" or "ChildIdentifiers" or "ChildCharacteristics"
            or "Disabilities" or "CINdetails" or "Assessments" or "FactorsIdentifiedAtAssessment" or "CINPlanDates" or "Section47"
            or "ChildProtectionPlans" or "Reviews" => false,
        _ => true,
    };

    private static string? Text(XmlReader reader, string path)
    {
        try
        {
            var text = reader.ReadElementContentAsString().Trim();
            return text.Length == 0 ? null : text;
        }
        catch (XmlException e)
        {
            throw SafeXml.Refusal(e, path);
        }
    }

    private void Advance(XmlReader reader)
    {
        try
        {
            reader.Read();
        }
        catch (XmlException e)
        {
            throw SafeXml.Refusal(e, path);
        }
    }

    private void OnSchemaFailure(object? sender, ValidationEventArgs e)
    {
        if (++SchemaFailures > MaxSchemaIssues) return;
        var line = e.Exception?.LineNumber;
        SchemaIssues.Add(new ValidationIssue(FileRules.XmlSchema,
            $"The file does not match the DfE CIN census schema for {year} (line {line}, position {e.Exception?.LinePosition}): {e.Message}",
            Path.GetFileName(path), Table, line, null, null, IssueSeverity.Refused));
    }
}
