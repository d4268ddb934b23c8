using JoinedUp.Domain.Validation;

namespace JoinedUp.Domain.Tests.Validation;

/// <summary>What counts as quoting a child in a stored message, and what does not.</summary>
public sealed class IdentifyingTextTests
{
    [Theory]
    [InlineData("Child 4362674153 has an episode but no row in the header table.", null, null)]
    [InlineData("child CHX9173645 is already on an earlier row.", null, null)]
    [InlineData("Person A123456789012 appears twice.", null, null)]
    [InlineData("NHS number 943 476 5919 is given twice.", null, null)]
    [InlineData("The value C1001 is on two rows.", "child_id", "C1001")]
    [InlineData("Date of birth 03/05/2021 is after the collection year ended.", "DOB", null)]
    [InlineData("PersonBirthDate '2010-02-30' is not a date.", "PersonBirthDate", null)]
    public void Quotes_an_identifier(string text, string? field, string? childId) =>
        Assert.True(IdentifyingText.Quotes(text, field, childId));

    [Theory]
    [InlineData("The episode's child (CHILD) has no row in the header table.", "CHILD", "CHX9173645")]
    [InlineData("The episode began on 01/05/2020, before the previous one (row 12345) ended on 12/09/2020.", "DECOM", null)]
    [InlineData("The date of birth (DOB) is after the end of the 2021 collection year.", "DOB", null)]
    [InlineData("The child was 22 when the episode began.", "DECOM", "22X")]
    [InlineData("Row 7 (child_id): the same child is already on row 3.", "child_id", "3X")]
    [InlineData("The plan was issued 25.3 weeks after the request, with no exception recorded.", "StartDate", null)]
    public void Names_the_field_only(string text, string? field, string? childId) =>
        Assert.False(IdentifyingText.Quotes(text, field, childId));

    [Fact]
    public void An_id_is_a_whole_word_not_part_of_a_longer_one()
    {
        Assert.False(IdentifyingText.ContainsWord("URN 1234567 given", "123456"));
        Assert.True(IdentifyingText.ContainsWord("(123456)", "123456"));
    }
}
