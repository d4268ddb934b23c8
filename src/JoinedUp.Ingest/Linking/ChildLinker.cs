using Dapper;
using JoinedUp.Domain.Returns;
using JoinedUp.Store;
using JoinedUp.Store.Linking;

namespace JoinedUp.Ingest.Linking;

/// <summary>
/// Links the same child across an LA's returns and years. Records (a child of one submission) join when they share
/// the pseudonym (the LA's child ID: confidence 1), or a UPN pseudonym (confidence 1; this is how SEN2, which has no LA
/// child ID, meets the CIN census and the snapshot), or, for a record left alone, when exactly one child of the LA's
/// other returns has the same birth month and sex (and ethnicity where both give one: confidence 0.6). Each link is
/// stored with its method and confidence; each record that links to no other return, or a snapshot child not linked to
/// the SSDA903 return (status LAC) or SEN2 (a residential special school), is stored with the reason. Run per LA, as
/// one transaction, after every import; a load marks its LA pending in its own transaction, so links a stopped process
/// left unmade are remade by the next run (see <see cref="PendingLinks"/>).
/// </summary>
public static class ChildLinker
{
    public const double ExactConfidence = 1.0;
    public const double BirthMonthAndSexConfidence = 0.6;

    private sealed record Node(int Year, string Return, string Pseudonym, int? Sex, string? BirthMonth, string? Ethnicity);

    /// <summary>Remakes the links of each LA given and of every LA whose links are pending (see <see cref="PendingLinks"/>).</summary>
    public static void Relink(RegionalStore store, IEnumerable<string> las)
    {
        foreach (var la in las.Concat(PendingLinks.Las(store)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)) Relink(store, la);
    }

    /// <summary>Remakes the links of every LA whose loads committed without their links being remade (a process stopped between the two).</summary>
    public static void RelinkPending(RegionalStore store) => Relink(store, []);

    /// <summary>
    /// Remakes one LA's links in one transaction, after any other remaking of the same LA (an advisory lock on
    /// PostgreSQL): idempotent, so running it again, or in two processes at once, gives the same links.
    /// </summary>
    public static void Relink(RegionalStore store, string la)
    {
        using var relinking = LinkTransaction.Begin(store, la);
        var (connection, transaction) = (relinking.Connection, relinking.Transaction);
        var nodes = connection.Query<(long Year, string Return, string Pseudonym, long? Sex, string? BirthMonth, string? Ethnicity)>(
            "SELECT s.year, s.return_kind, c.pseudonym, c.sex, c.birth_month, c.ethnicity FROM child c JOIN submission s ON s.id = c.submission_id WHERE s.la = @la",
            new { la }, transaction).Select(r => new Node((int)r.Year, r.Return, r.Pseudonym, (int?)r.Sex, r.BirthMonth, r.Ethnicity)).ToList();
        var upns = connection.Query<(string Pseudonym, string Upn)>(
            "SELECT u.pseudonym, u.upn_pseudonym FROM child_upn u JOIN submission s ON s.id = u.submission_id WHERE s.la = @la", new { la }, transaction).ToList();
        var snapshot = connection.Query<(long Year, string Pseudonym, string? Status, string Type)>(
            "SELECT s.year, p.pseudonym, p.status, p.placement_type FROM snapshot_placement p JOIN submission s ON s.id = p.submission_id WHERE s.la = @la",
            new { la }, transaction).ToDictionary(r => ((int)r.Year, r.Pseudonym), r => (r.Status, r.Type));

        // Union-find over pseudonyms: same pseudonym, then shared UPN pseudonym.
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string x)
        {
            while (parent.TryGetValue(x, out var p) && p != x) x = parent[x] = parent.GetValueOrDefault(p, p);
            return x;
        }
        void Union(string a, string b)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra != rb) parent[ra] = rb;
        }
        foreach (var n in nodes) parent.TryAdd(n.Pseudonym, n.Pseudonym);
        var viaUpn = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in upns.GroupBy(u => u.Upn))
        {
            var members = group.Select(g => g.Pseudonym).Distinct().ToList();
            for (var i = 1; i < members.Count; i++) Union(members[0], members[i]);
            if (members.Count > 1) viaUpn.UnionWith(members);
        }

        Dictionary<string, HashSet<string>> ReturnsByRoot() => nodes.GroupBy(n => Find(n.Pseudonym))
            .ToDictionary(g => g.Key, g => g.Select(n => n.Return).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var returns = ReturnsByRoot();

        // Fallback: a record alone in its return joins the one child elsewhere with its birth month and sex.
        var reasons = new Dictionary<Node, string>();
        var byBirthAndSex = nodes.Where(n => n.BirthMonth is not null && n.Sex is not null).ToLookup(n => (n.BirthMonth, n.Sex));
        var fallback = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes.Where(n => returns[Find(n.Pseudonym)].Count == 1))
        {
            if (node.BirthMonth is null || node.Sex is null)
            {
                reasons[node] = $"No other return of LA {la} has this child's identifier, and this {node.Return} record gives no {(node.BirthMonth is null ? "date of birth" : "sex")} to match on.";
                continue;
            }
            var candidates = byBirthAndSex[(node.BirthMonth, node.Sex)].Where(o => o.Return != node.Return && o.BirthMonth == node.BirthMonth && o.Sex == node.Sex
                    && (o.Ethnicity is null || node.Ethnicity is null || o.Ethnicity == node.Ethnicity))
                .Select(o => Find(o.Pseudonym)).Distinct().ToList();
            if (candidates.Count == 1)
            {
                Union(node.Pseudonym, candidates[0]);
                fallback.Add(node.Pseudonym);
            }
            else
                reasons[node] = candidates.Count == 0
                    ? $"No other return of LA {la} has this child's identifier, UPN, or a child with the same birth month and sex."
                    : $"No other return of LA {la} has this child's identifier or UPN; {candidates.Count} children share the birth month and sex, too many to choose.";
        }
        returns = ReturnsByRoot();

        var byRoot = nodes.GroupBy(n => Find(n.Pseudonym)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var links = new List<ChildLinkRow>();
        var unlinked = new List<ChildUnlinkedRow>();
        foreach (var node in nodes)
        {
            var group = byRoot[Find(node.Pseudonym)];
            if (returns[Find(node.Pseudonym)].Count == 1)
            {
                unlinked.Add(new ChildUnlinkedRow(node.Year, node.Return, node.Pseudonym, reasons.GetValueOrDefault(node, $"No other return of LA {la} holds this child.")));
                continue;
            }
            if (node.Return == ReturnKind.PlacementsSnapshot.Code() && snapshot.TryGetValue((node.Year, node.Pseudonym), out var placement))
            {
                var missing = new List<string>();
                if (placement.Status == "LAC" && group.All(o => o.Return != ReturnKind.Ssda903.Code())) missing.Add("an SSDA903 record although the status is LAC");
                if (placement.Type == Snapshot.SnapshotFields.ResidentialSpecialSchool && group.All(o => o.Return != ReturnKind.Sen2.Code()))
                    missing.Add("a SEN2 record (EHC plan) although the placement is a residential special school");
                if (missing.Count > 0)
                    unlinked.Add(new ChildUnlinkedRow(node.Year, node.Return, node.Pseudonym, $"Linked to other returns but not to {string.Join(", nor to ", missing)}."));
            }
            // Links: to each other return's record nearest in year, and to the same return's previous year.
            foreach (var other in group.Where(o => o.Return != node.Return).GroupBy(o => o.Return).Select(g => g.MinBy(o => Math.Abs(o.Year - node.Year))!)
                         .Concat(group.Where(o => o.Return == node.Return && o.Year == node.Year - 1)))
            {
                var (method, confidence) = other.Pseudonym == node.Pseudonym ? ("pseudonym", ExactConfidence)
                    : fallback.Contains(node.Pseudonym) || fallback.Contains(other.Pseudonym) ? ("birth_month_sex", BirthMonthAndSexConfidence)
                    : viaUpn.Contains(node.Pseudonym) || viaUpn.Contains(other.Pseudonym) ? ("upn", ExactConfidence)
                    : ("birth_month_sex", BirthMonthAndSexConfidence);
                links.Add(new ChildLinkRow(node.Year, node.Return, node.Pseudonym, other.Year, other.Return, other.Pseudonym, method, confidence));
            }
        }
        relinking.Replace(links, unlinked);
    }

    public static LinkageReport Report(RegionalStore store, string? la = null) => LinkageReport.For(store, la);

}
