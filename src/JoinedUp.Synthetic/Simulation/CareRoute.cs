namespace JoinedUp.Synthetic.Simulation;

/// <summary>The way a period of care unfolds and ends, chosen when the child starts to be looked after.</summary>
internal enum CareRoute
{
    /// <summary>Care proceedings, placement order (E1, sometimes a freeing order D1), adoption placement, adoption (E11/E12).</summary>
    Adoption,
    /// <summary>Care proceedings ending in a special guardianship or child arrangements order (E45-E48, E41).</summary>
    SpecialGuardianship,
    /// <summary>A shorter stay, often accommodated under section 20 (V2), ending in a return home (E4A, E4B) or to relatives (E13).</summary>
    ReturnHome,
    /// <summary>Long-term care under a care order or section 20 until 18, or until a later return home or order.</summary>
    LongTerm,
    /// <summary>Remanded to local authority accommodation (J1, J2), ending when the remand ends (E14) or in custody (E9).</summary>
    Remand,
    /// <summary>An unaccompanied asylum-seeking child accommodated under section 20 until 18.</summary>
    Unaccompanied,
}
