namespace JoinedUp.Review.Access;

/// <summary>
/// Who is acting on a review: user name, the web's role name and organisation (an LA's DfE code for LA roles and parent
/// carer forum representatives, an ICS footprint for ICS leads, the region otherwise). The review library decides from
/// these, on the server, what the user may see and change.
/// </summary>
public sealed record ReviewUser(string UserName, string Role, string Organisation)
{
    public bool IsLaUser => Role is ReviewRoles.LaAnalyst or ReviewRoles.LaPractitioner;
}
