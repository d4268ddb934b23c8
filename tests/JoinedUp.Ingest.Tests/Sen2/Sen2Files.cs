namespace JoinedUp.Ingest.Tests.Sen2;

/// <summary>A small SEN2 return written by hand in the DfE shape (Message, Header, Persons, Person) for LA 302, 2024.</summary>
internal static class Sen2Files
{
    public const string La = "302";

    /// <summary>
    /// Three persons: Amelia (UPN A123456789012) with a plan 19 weeks after the request, placed first in a residential
    /// special school (URN 131313), needs ASD then SEMH; Kai (no UPN, known by name and date of birth) with a plan 23.7
    /// weeks after the request and a Week20 exception, needing SLCN; and B987654321098, whose request was refused.
    /// </summary>
    public const string Clean = """
        <?xml version="1.0" encoding="utf-8"?>
        <Message>
          <Header>
            <CollectionDetails><Collection>SEN2</Collection><Year>2024</Year><ReferenceDate>2024-01-18</ReferenceDate></CollectionDetails>
            <Source><SourceLevel>L</SourceLevel><LEA>302</LEA><SoftwareCode>Hand</SoftwareCode><Release>1</Release><SerialNo>001</SerialNo><DateTime>2024-01-20T09:00:00</DateTime></Source>
          </Header>
          <Persons>
            <Person>
              <Surname>Smith</Surname>
              <Forename>Amelia</Forename>
              <PersonBirthDate>2012-05-17</PersonBirthDate>
              <Sex>F</Sex>
              <Ethnicity>WBRI</Ethnicity>
              <PostCode>SW1A 1AA</PostCode>
              <UPN>A123456789012</UPN>
              <Requests>
                <ReceivedDate>2023-01-09</ReceivedDate>
                <RequestSource>01</RequestSource>
                <RequestOutcomeDate>2023-02-20</RequestOutcomeDate>
                <RequestOutcome>A</RequestOutcome>
                <Assessment>
                  <AssessmentOutcome>H</AssessmentOutcome>
                  <AssessmentOutcomeDate>2023-05-15</AssessmentOutcomeDate>
                  <NamedPlan>
                    <StartDate>2023-05-22</StartDate>
                    <PlanDetail><SENSetting>MS</SENSetting><PlacementRank>2</PlacementRank></PlanDetail>
                    <PlanDetail><URN>131313</URN><SENSetting>RSS</SENSetting><PlacementRank>1</PlacementRank></PlanDetail>
                  </NamedPlan>
                </Assessment>
                <ActivePlans>
                  <SENneed><SENtype>ASD</SENtype><SENtypeRank>1</SENtypeRank></SENneed>
                  <SENneed><SENtype>SEMH</SENtype><SENtypeRank>2</SENtypeRank></SENneed>
                </ActivePlans>
              </Requests>
            </Person>
            <Person>
              <Surname>Jones</Surname>
              <Forename>Kai</Forename>
              <PersonBirthDate>2015-11-03</PersonBirthDate>
              <Sex>M</Sex>
              <Ethnicity>AIND</Ethnicity>
              <UPNunknown>UN2</UPNunknown>
              <Requests>
                <ReceivedDate>2023-03-01</ReceivedDate>
                <RequestOutcomeDate>2023-04-12</RequestOutcomeDate>
                <RequestOutcome>A</RequestOutcome>
                <Assessment>
                  <AssessmentOutcome>H</AssessmentOutcome>
                  <AssessmentOutcomeDate>2023-07-20</AssessmentOutcomeDate>
                  <Week20>A</Week20>
                  <NamedPlan>
                    <StartDate>2023-08-14</StartDate>
                    <PlanDetail><SENSetting>SS</SENSetting><PlacementRank>1</PlacementRank></PlanDetail>
                  </NamedPlan>
                </Assessment>
                <ActivePlans>
                  <SENneed><SENtype>SLCN</SENtype><SENtypeRank>1</SENtypeRank></SENneed>
                </ActivePlans>
              </Requests>
            </Person>
            <Person>
              <PersonBirthDate>2010-02-28</PersonBirthDate>
              <Sex>M</Sex>
              <Ethnicity>BCRB</Ethnicity>
              <UPN>B987654321098</UPN>
              <Requests>
                <ReceivedDate>2023-10-02</ReceivedDate>
                <RequestOutcomeDate>2023-11-10</RequestOutcomeDate>
                <RequestOutcome>B</RequestOutcome>
              </Requests>
            </Person>
          </Persons>
        </Message>
        """;

    public static string Write(string directory, string text, string name = "sen2.xml")
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
