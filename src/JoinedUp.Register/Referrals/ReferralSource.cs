namespace JoinedUp.Register.Referrals;

/// <summary>Who referred the child: any partner of the whole-system register, or the family itself (recorded by whoever takes it).</summary>
public enum ReferralSource
{
    DsrCoordinator,
    Camhs,
    CommunityPaediatrics,
    SchoolSenco,
    LaSenTeam,
    SocialCare,
    Family,
}
