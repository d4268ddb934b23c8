namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 1008: a URN, when given, must be an Ofsted URN or "XXXXXXX" (the DfE's placeholder for a provider without one).
/// JoinedUp does not hold Ofsted's register of providers, so this checks only the part it can: that the URN has the form
/// of an Ofsted URN (up to two letters, such as SC or EY, then six or seven digits). A well-formed URN that is not on
/// Ofsted's register is not found here; the DfE's own check on submission finds it.
/// </summary>
public sealed class Rule1008() : Ssda903Rule("1008", "The URN is not in the form of an Ofsted URN (e.g. SC123456) or XXXXXXX. (JoinedUp checks the form only; it does not hold Ofsted's register.)", "Episodes", "URN")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.Urn is { } urn && !IsOfstedForm(urn))
                findings.Add(episode, "URN", "The URN is not in the form of an Ofsted URN (up to two letters then six or seven digits, e.g. SC123456) or XXXXXXX. JoinedUp checks the form only, not Ofsted's register.");
        }
    }

    /// <summary>"XXXXXXX", or up to two letters then six or seven digits.</summary>
    public static bool IsOfstedForm(string urn)
    {
        if (urn == "XXXXXXX") return true;
        var i = 0;
        while (i < urn.Length && i < 2 && char.IsAsciiLetter(urn[i])) i++;
        var digits = urn.Length - i;
        if (digits is < 6 or > 7) return false;
        for (; i < urn.Length; i++)
            if (!char.IsAsciiDigit(urn[i])) return false;
        return true;
    }
}
