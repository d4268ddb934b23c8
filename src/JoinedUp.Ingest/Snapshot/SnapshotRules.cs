using JoinedUp.Domain.Codes;

namespace JoinedUp.Ingest.Snapshot;

/// <summary>The placements snapshot's rules (JoinedUp's own: the snapshot is the region's return, not the DfE's).</summary>
public static class SnapshotRules
{
    private const string Table = "snapshot";

    public static readonly RuleDefinition MissingValue = new("JU-SNAP-01", "A required value is blank.", Table, []);
    public static readonly RuleDefinition CostNotAmount = new("JU-SNAP-02", "A cost or share is not a number of pounds or a percentage.", Table, ["weekly_cost"]);
    public static readonly RuleDefinition NegativeCost = new("JU-SNAP-03", "A cost or share is negative.", Table, ["weekly_cost"]);
    public static readonly RuleDefinition SharesDoNotSum = new("JU-SNAP-04", "The social care, education and health shares do not add up to the weekly cost (within £1) or to 100% (within 0.5).", Table, ["social_care_share", "education_share", "health_share"]);
    public static readonly RuleDefinition PlacementTypeNotValid = new("JU-SNAP-05", "The placement type is not one of the snapshot's types.", Table, ["placement_type"]);
    public static readonly RuleDefinition DateNotValid = new("JU-SNAP-06", "A date is not a valid date, or is in the future.", Table, ["placement_start"]);
    public static readonly RuleDefinition WrongPlacingLa = new("JU-SNAP-07", "The placing authority is not the LA whose snapshot this is.", Table, ["placing_la"]);
    public static readonly RuleDefinition GenderNotValid = new("JU-SNAP-08", "Gender is not male or female (or unknown).", Table, ["gender"]);
    public static readonly RuleDefinition AgeNotValid = new("JU-SNAP-09", "Age is not a whole number from 0 to 25.", Table, ["age"]);
    public static readonly RuleDefinition ListValueNotValid = new("JU-SNAP-10", "A value is not one of the template's drop-down choices.", Table, []);
    public static readonly RuleDefinition DuplicateChild = new("JU-SNAP-11", "The same child appears on more than one row.", Table, ["child_id"]);
    public static readonly RuleDefinition NeedNotValid = new("JU-SNAP-12", "A need is not a SEN type code (ASD, SEMH, MLD, SLCN, SLD, PMLD...).", Table, ["primary_need"]);
    public static readonly RuleDefinition Formula = new("JU-XLSX-FORMULA", "A cell holds a formula: the snapshot takes values only.", Table, []);
    public static readonly RuleDefinition MergedCells = new("JU-XLSX-MERGED", "Cells are merged in the data area.", Table, []);
    public static readonly RuleDefinition HiddenSheet = new("JU-XLSX-HIDDEN", "The data is on a hidden sheet.", Table, []);
    public static readonly RuleDefinition NoDataSheet = new("JU-XLSX-NODATA", "No visible sheet has the snapshot's headings.", Table, []);
}
