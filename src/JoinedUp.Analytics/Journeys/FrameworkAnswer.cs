namespace JoinedUp.Analytics.Journeys;

/// <summary>
/// One question of seed 000's Appendix 2 analytical framework, answered for one child from the returns: the answer
/// in words, the number behind it where the question asks for one, whether the data can say at all ("unknown" when it
/// cannot, never a guess), and what the answer rests on.
/// </summary>
public sealed record FrameworkAnswer(string Section, string Question, string Answer, bool Known, string Basis, int? Number = null)
{
    public const string Unknown = "unknown";

    public static FrameworkAnswer NotKnown(string section, string question, string why) => new(section, question, Unknown, false, why);
}
