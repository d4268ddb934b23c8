namespace JoinedUp.Synthetic.Simulation;

/// <summary>What a placement is for, which limits the placement types the chooser may pick.</summary>
internal enum PlacementPurpose
{
    /// <summary>Any placement suited to the child's age, legal status and needs.</summary>
    Care,
    /// <summary>Fostering while the court decides on adoption (foster to adopt possible).</summary>
    FosteringBeforeAdoption,
    /// <summary>A placement for adoption (A3-A6), only with a placement or freeing order.</summary>
    Adoption,
    /// <summary>A short break in a short break unit or with short break foster carers.</summary>
    ShortBreak,
}
