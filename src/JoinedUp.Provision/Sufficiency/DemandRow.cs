using JoinedUp.Disclosure;

namespace JoinedUp.Provision.Sufficiency;

/// <summary>
/// Demand against supply for one kind of residential place: children of the area placed in that kind of setting with
/// that need and risk (protected counts), against registered places at settings able to meet them within the chosen
/// distance of the area's centre (structural figures, exact).
/// </summary>
/// <param name="Children">Children of the area's LAs placed in this kind of setting with this need and risk on 31 March.</param>
/// <param name="PlacedBeyond">Of those, children placed further than the chosen distance from their home district.</param>
/// <param name="PlacesWithin">Registered places at settings that can meet this need and risk within the distance.</param>
/// <param name="SettingsWithin">Settings that can meet it within the distance.</param>
/// <param name="NearestKm">Distance from the area's centre to the nearest setting that can meet it, anywhere; null when none is on the map.</param>
/// <param name="ForecastChildren">The published count grown by the forecast for its category, or null without a forecast.</param>
public sealed record DemandRow(string Type, string Need, string Risk, Figure Children, Figure PlacedBeyond, int PlacesWithin, int SettingsWithin, double? NearestKm, long? ForecastChildren = null)
{
    /// <summary>The kind of place of the coarser breakdown: any children's home, residential special school or secure children's home.</summary>
    public const string AnyResidentialSetting = "any residential setting";

    /// <summary>Children placed beyond the places within reach (from the published count): 0 when places cover them.</summary>
    public long Gap => Math.Max(0, Children.Value - PlacesWithin);

    /// <summary>Forecast children beyond the places within reach, or null without a forecast.</summary>
    public long? ForecastGap => ForecastChildren is { } f ? Math.Max(0, f - PlacesWithin) : null;

    /// <summary>There are children but no setting within reach can meet them.</summary>
    public bool NoneWithinReach => Children.Value > 0 && PlacesWithin == 0;

    public string Label => $"{Type}, {Need}, {Risk} risk";
}
