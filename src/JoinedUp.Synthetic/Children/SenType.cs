namespace JoinedUp.Synthetic.Children;

/// <summary>SEN type codes used in SEN2 and the school census.</summary>
public static class SenType
{
    public const string Autism = "ASD";
    public const string SocialEmotionalMentalHealth = "SEMH";
    public const string ModerateLearningDifficulty = "MLD";
    public const string SevereLearningDifficulty = "SLD";
    public const string SpeechLanguageCommunication = "SLCN";
    public const string SpecificLearningDifficulty = "SPLD";
    public const string ProfoundMultipleLearningDifficulty = "PMLD";
    public const string PhysicalDisability = "PD";
    public const string Other = "OTH";
}
