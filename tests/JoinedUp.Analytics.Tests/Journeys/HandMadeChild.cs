using System.Text;
using Dapper;
using JoinedUp.Ingest.Importing;
using JoinedUp.Store;
using JoinedUp.TestSupport;

namespace JoinedUp.Analytics.Tests.Journeys;

/// <summary>
/// Sam, a hand-made child of LA 302 (Barnet), in every return of the 2022 collection year, written as the LA would
/// send them: child ID SAM0001, UPN A302000000017, born May 2010, male, Black Caribbean.
/// SEN2: request 10 January 2020, decided to issue 1 May 2020, plan 20 May 2020 for SEMH then ASD.
/// CIN census: referral 1 June 2021 (N2), assessment 3 June, CIN plan 1 July to 1 December 2021, section 47 on
/// 20 November, CP plan from 1 December 2021 (neglect, later emotional abuse), still open.
/// School extract 2021/22: autumn at school 100001 missing 15 of 140 sessions (persistent absence), spring at school
/// 100002 missing 4 of 120; suspended 5 October 2021 (PD, 4 sessions) and 12 January 2022 (VA, 6 sessions).
/// SSDA903: looked after 1 February 2022 on an interim care order (C1) in foster care (U1), moved to a children's home
/// (K2) on 1 March 2022. The register: entered amber on 10 April 2022.
/// Also Lee (LEE0002) of LA 303 (Barnet's neighbour Bexley), only in an SSDA903 return: the framework says "unknown"
/// for everything the other returns would have told.
/// </summary>
internal static class HandMadeChild
{
    public const string La = "302";
    public const string ChildId = "SAM0001";
    public const string Upn = "A302000000017";
    public const string OtherLa = "303";
    public const string OtherChildId = "LEE0002";

    public static void Load(RegionalStore store, TempFolder folder)
    {
        var root = Path.Combine(folder.Path, "returns");
        var sam = Path.Combine(root, "302", "2022");
        Directory.CreateDirectory(sam);
        Write(Path.Combine(sam, "header.csv"), "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB", $"{ChildId},1,15/05/2010,BCRB,{Upn},,");
        Write(Path.Combine(sam, "episodes.csv"), "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN",
            $"{ChildId},01/02/2022,S,C1,N1,U1,PR1,01/03/2022,X1,CARPL,EN5 1AA,EN4 9BB,",
            $"{ChildId},01/03/2022,P,C1,N1,K2,PR4,,,,EN5 1AA,NW9 2CC,1234567");
        Write(Path.Combine(sam, "exclusions.csv"), "UPN,DOB,Sex,Ethnicity,URN,ExclusionCategory,ExclusionReason,ExclusionStartDate,ExclusionSessions",
            $"{Upn},15/05/2010,M,BCRB,100001,SUSP,PD,05/10/2021,4",
            $"{Upn},15/05/2010,M,BCRB,100002,SUSP,VA,12/01/2022,6");
        Write(Path.Combine(sam, "attendance.csv"), "UPN,DOB,Sex,Ethnicity,URN,AcademicYear,Term,SessionsPossible,SessionsAuthorised,SessionsUnauthorised",
            $"{Upn},15/05/2010,M,BCRB,100001,2021/22,AUT,140,5,10",
            $"{Upn},15/05/2010,M,BCRB,100002,2021/22,SPR,120,2,2");
        File.WriteAllText(Path.Combine(sam, "sen2.xml"), Sen2, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(sam, "cin.xml"), Cin, new UTF8Encoding(false));
        var lee = Path.Combine(root, "303", "2022");
        Directory.CreateDirectory(lee);
        Write(Path.Combine(lee, "header.csv"), "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB", $"{OtherChildId},2,03/09/2012,WBRI,UN1,,");
        Write(Path.Combine(lee, "episodes.csv"), "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN",
            $"{OtherChildId},10/10/2021,S,V2,N2,U1,PR1,,,,DA5 1AA,DA6 9BB,");
        var outcome = new ReturnImporter(store).Import([root], null, null);
        Assert.False(outcome.AnyRefused, string.Join("\n", outcome.Submissions.SelectMany(s => s.Issues).Select(i => i.ToString())));

        var pseudonym = store.Pseudonymiser.Pseudonymise(La, ChildId);
        using var connection = store.OpenConnection();
        var id = connection.ExecuteScalar<long>("""
            INSERT INTO dsr_entry (pseudonym, la, footprint, rating, rating_reason, rating_since, entered_on, entered_rating, keyworker, agencies,
                risk_indicators, next_review_due, version, updated_at, updated_by)
            VALUES (@pseudonym, '302', 'North Central London', 'amber', 'test', '2022-04-10', '2022-04-10', 'amber', 'K', '', '', '2022-07-10', 1, '2022-04-10T10:00:00Z', 'test')
            RETURNING id
            """, new { pseudonym });
        connection.Execute("""
            INSERT INTO dsr_rating_change (entry_id, changed_at, changed_on, from_rating, to_rating, reason, changed_by, changed_by_role)
            VALUES (@id, '2022-04-10T10:00:00Z', '2022-04-10', NULL, 'amber', 'entered', 'test', 'la-practitioner')
            """, new { id });
    }

    private static void Write(string path, params string[] lines) => File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n", new UTF8Encoding(false));

    private const string Sen2 = """
        <?xml version="1.0" encoding="utf-8"?>
        <Message>
          <Header>
            <CollectionDetails><Collection>SEN2</Collection><Year>2022</Year><ReferenceDate>2022-01-20</ReferenceDate></CollectionDetails>
            <Source><SourceLevel>L</SourceLevel><LEA>302</LEA><SoftwareCode>Hand</SoftwareCode><Release>1</Release><SerialNo>001</SerialNo><DateTime>2022-01-21T09:00:00</DateTime></Source>
          </Header>
          <Persons>
            <Person>
              <PersonBirthDate>2010-05-15</PersonBirthDate>
              <Sex>M</Sex>
              <Ethnicity>BCRB</Ethnicity>
              <UPN>A302000000017</UPN>
              <Requests>
                <ReceivedDate>2020-01-10</ReceivedDate>
                <RequestOutcomeDate>2020-02-20</RequestOutcomeDate>
                <RequestOutcome>A</RequestOutcome>
                <Assessment>
                  <AssessmentOutcome>H</AssessmentOutcome>
                  <AssessmentOutcomeDate>2020-05-01</AssessmentOutcomeDate>
                  <NamedPlan>
                    <StartDate>2020-05-20</StartDate>
                    <PlanDetail><SENSetting>MS</SENSetting><PlacementRank>1</PlacementRank></PlanDetail>
                  </NamedPlan>
                </Assessment>
                <ActivePlans>
                  <SENneed><SENtype>SEMH</SENtype><SENtypeRank>1</SENtypeRank></SENneed>
                  <SENneed><SENtype>ASD</SENtype><SENtypeRank>2</SENtypeRank></SENneed>
                </ActivePlans>
              </Requests>
            </Person>
          </Persons>
        </Message>
        """;

    private const string Cin = """
        <?xml version="1.0" encoding="utf-8"?>
        <Message>
            <Header>
                <CollectionDetails>
                    <Collection>CIN</Collection>
                    <Year>2022</Year>
                    <ReferenceDate>2022-03-31</ReferenceDate>
                </CollectionDetails>
                <Source>
                    <SourceLevel>L</SourceLevel>
                    <LEA>302</LEA>
                    <SoftwareCode>Hand</SoftwareCode>
                    <Release>1</Release>
                    <SerialNo>001</SerialNo>
                    <DateTime>2022-05-23T11:14:05</DateTime>
                </Source>
            </Header>
            <Children>
                <Child>
                    <ChildIdentifiers>
                        <LAchildID>SAM0001</LAchildID>
                        <UPN>A302000000017</UPN>
                        <PersonBirthDate>2010-05-15</PersonBirthDate>
                        <GenderCurrent>1</GenderCurrent>
                    </ChildIdentifiers>
                    <ChildCharacteristics>
                        <Ethnicity>BCRB</Ethnicity>
                        <Disabilities>
                            <Disability>NONE</Disability>
                        </Disabilities>
                    </ChildCharacteristics>
                    <CINdetails>
                        <CINreferralDate>2021-06-01</CINreferralDate>
                        <ReferralSource>1A</ReferralSource>
                        <PrimaryNeedCode>N2</PrimaryNeedCode>
                        <Assessments>
                            <AssessmentActualStartDate>2021-06-03</AssessmentActualStartDate>
                            <AssessmentAuthorisationDate>2021-06-20</AssessmentAuthorisationDate>
                            <FactorsIdentifiedAtAssessment>
                                <AssessmentFactors>2A</AssessmentFactors>
                            </FactorsIdentifiedAtAssessment>
                        </Assessments>
                        <CINPlanDates>
                            <CINPlanStartDate>2021-07-01</CINPlanStartDate>
                            <CINPlanEndDate>2021-12-01</CINPlanEndDate>
                        </CINPlanDates>
                        <Section47>
                            <S47ActualStartDate>2021-11-20</S47ActualStartDate>
                            <InitialCPCtarget>2021-12-10</InitialCPCtarget>
                            <DateOfInitialCPC>2021-11-30</DateOfInitialCPC>
                            <ICPCnotRequired>false</ICPCnotRequired>
                        </Section47>
                        <ReferralNFA>false</ReferralNFA>
                        <ChildProtectionPlans>
                            <CPPstartDate>2021-12-01</CPPstartDate>
                            <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
                            <LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse>
                            <NumberOfPreviousCPP>0</NumberOfPreviousCPP>
                        </ChildProtectionPlans>
                    </CINdetails>
                </Child>
            </Children>
        </Message>
        """;
}
