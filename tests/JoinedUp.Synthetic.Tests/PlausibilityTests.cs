namespace JoinedUp.Synthetic.Tests;

/// <summary>The codes and mixes look like London's looked-after children, and every code is a valid DfE code.</summary>
[Collection(GeneratedLondonCollection.Name)]
public sealed class PlausibilityTests(GeneratedLondon london)
{
    private static readonly HashSet<string> LegalStatuses = ["C1", "C2", "D1", "E1", "V2", "V3", "V4", "J1", "J2", "J3", "L1", "L2", "L3"];
    private static readonly HashSet<string> Placements =
        ["A3", "A4", "A5", "A6", "H5", "K1", "K2", "P1", "P2", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1"];
    private static readonly HashSet<string> ReasonsCeased =
        ["E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E45", "E46", "E47", "E48", "E5", "E6", "E7", "E8", "E9", "E14", "E15", "E16", "E17", "X1"];
    private static readonly HashSet<string> Rne = ["S", "P", "L", "T", "U", "B"];

    private List<Dictionary<string, string>> AllEpisodes(int year) =>
        london.Summary.Returns.Where(r => r.Year == year).SelectMany(r => london.Read(r.LaCode, year).Episodes).ToList();

    private List<Dictionary<string, string>> AllHeaders(int year) =>
        london.Summary.Returns.Where(r => r.Year == year).SelectMany(r => london.Read(r.LaCode, year).Header).ToList();

    [Fact]
    public void Every_code_is_a_valid_DfE_code()
    {
        foreach (var e in AllEpisodes(2023))
        {
            Assert.Contains(e["LS"], LegalStatuses);
            Assert.Contains(e["PLACE"], Placements);
            Assert.Contains(e["RNE"], Rne);
            Assert.True(e["REC"] == "" || ReasonsCeased.Contains(e["REC"]), e["REC"]);
            Assert.Matches("^(|N[1-8])$", e["CIN"]);
            // No provider for a temporary placement or one listed nowhere else (DfE rule 178).
            Assert.Matches(e["PLACE"] is "Z1" or "T0" or "T1" or "T2" or "T3" or "T4" ? "^$" : "^PR[0-5]$", e["PLACE_PROVIDER"]);
            // Short breaks (V3/V4) have no postcodes (DfE rule 398); every other episode has both.
            var postcode = e["LS"] is "V3" or "V4" ? "^$" : "^[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}$";
            Assert.Matches(postcode, e["HOME_POST"]);
            Assert.Matches(postcode, e["PL_POST"]);
            Assert.Matches("^([0-9]{6,7})?$", e["URN"]);
            Assert.Matches("^[0-9]{6,10}$", e["CHILD"]);
        }
    }

    [Fact]
    public void Most_episodes_are_fostering_with_care_orders_and_abuse_or_neglect()
    {
        var episodes = AllEpisodes(2024);
        double Share(Func<Dictionary<string, string>, bool> p) => (double)episodes.Count(p) / episodes.Count;
        Assert.InRange(Share(e => e["PLACE"].StartsWith('U')), 0.5, 0.8);
        Assert.InRange(Share(e => e["PLACE"] == "K2"), 0.05, 0.2);
        Assert.InRange(Share(e => e["LS"] == "C2"), 0.35, 0.75);
        Assert.InRange(Share(e => e["CIN"] == "N1"), 0.45, 0.75);
        Assert.True(episodes.Any(e => e["LS"] == "E1") && episodes.Any(e => e["LS"] is "J1" or "J2") && episodes.Any(e => e["LS"] is "L1" or "L2"));
        Assert.True(episodes.Any(e => e["PLACE"] == "K1") && episodes.Any(e => e["PLACE"] == "H5") && episodes.Any(e => e["PLACE"] == "P1"));
        // Every children's home placement names its home, except short breaks (no URN: DfE rule 214).
        Assert.True(episodes.Where(e => e["PLACE"] is "K1" or "K2" && e["LS"] is not ("V3" or "V4")).All(e => e["URN"] != ""));
    }

    [Fact]
    public void About_half_are_from_Black_Asian_or_mixed_backgrounds_and_many_are_teenagers()
    {
        var header = AllHeaders(2024);
        var bam = (double)header.Count(h => h["ETHNIC"][0] is 'A' or 'B' or 'M') / header.Count;
        Assert.InRange(bam, 0.4, 0.6);
        var census = new DateOnly(2024, 3, 31);
        var teenagers = (double)header.Count(h => Ssda903Files.Date(h["DOB"]).AddYears(13) <= census) / header.Count;
        Assert.InRange(teenagers, 0.35, 0.7);
    }

    [Fact]
    public void Unaccompanied_children_are_mostly_boys_aged_16_or_17()
    {
        var uasc = london.Summary.Returns.Where(r => r.Year == 2024).SelectMany(r => london.Read(r.LaCode, 2024).Rows("uasc.csv")).ToList();
        Assert.NotEmpty(uasc);
        Assert.True(uasc.Count(u => u["SEX"] == "1") > 0.85 * uasc.Count);
        var census = new DateOnly(2024, 3, 31);
        Assert.True(uasc.Count(u => Ssda903Files.Date(u["DOB"]).AddYears(16) <= census) > 0.6 * uasc.Count);
    }

    [Fact]
    public void Adoption_placements_have_a_placement_or_freeing_order_except_where_planted()
    {
        var returns = london.Summary.Returns.Where(r => r.Year == 2022).ToList();
        var wrong = returns.Sum(r => london.Read(r.LaCode, 2022).Episodes.Count(e => e["PLACE"] is "A3" or "A4" or "A5" or "A6" && e["LS"] is not ("E1" or "D1")));
        Assert.Equal(returns.Sum(r => r.Injected(InjectedErrors.InjectedErrorKind.AdoptionPlacementWithoutPlacementOrder)), wrong);
    }
}
