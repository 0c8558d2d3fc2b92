using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Choices;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Vetting;

namespace ImgPortal.UnitTests.Mentoring.Choices;

public sealed class ChoiceRulesTests
{
    private static readonly IReadOnlySet<int> Available = new HashSet<int> { 1, 2, 3, 4 };

    [Fact]
    public void Validate_ThreeDistinctAvailableMentors_HasNoErrors()
    {
        var errors = ChoiceRules.Validate([3, 1, 2], membersMayChoose: true, Available);

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_NoChoicesWithMemberChoiceOff_HasNoErrors()
    {
        var errors = ChoiceRules.Validate([], membersMayChoose: false, Available);

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_FourMentors_SaysAtMostThree()
    {
        var errors = ChoiceRules.Validate([1, 2, 3, 4], membersMayChoose: true, Available);

        var error = Assert.Single(errors);
        Assert.Equal((ChoiceRules.Field, ChoiceRules.TooMany), (error.Field, error.Message));
    }

    [Fact]
    public void Validate_SameMentorTwice_SaysEachOnce()
    {
        var errors = ChoiceRules.Validate([2, 2], membersMayChoose: true, Available);

        Assert.Equal([ChoiceRules.Duplicate], errors.Select(e => e.Message));
    }

    [Fact]
    public void Validate_MentorNotApprovedWithAPlace_SaysChooseFromTheList()
    {
        var errors = ChoiceRules.Validate([1, 9], membersMayChoose: true, Available);

        Assert.Equal([ChoiceRules.NotAvailable], errors.Select(e => e.Message));
    }

    [Fact]
    public void Validate_AnyChoiceWhenMemberChoiceIsOff_IsRefusedWhateverTheMentors()
    {
        var errors = ChoiceRules.Validate([1], membersMayChoose: false, Available);

        Assert.Equal([ChoiceRules.ChoiceOff], errors.Select(e => e.Message));
    }

    [Fact]
    public void Validate_SeveralRulesBroken_GivesOneMessagePerRule()
    {
        var errors = ChoiceRules.Validate([1, 1, 9, 2], membersMayChoose: true, Available);

        Assert.Equal([ChoiceRules.TooMany, ChoiceRules.Duplicate, ChoiceRules.NotAvailable], errors.Select(e => e.Message));
    }

    [Fact]
    public void ToRows_Choices_RanksThemInOrderFromOne()
    {
        var rows = ChoiceRules.ToRows([7, 3]);

        Assert.Equal([(7, 1), (3, 2)], rows.Select(r => (r.MentorId, r.Rank)));
    }

    [Theory]
    [InlineData(MentorStatus.Approved, 2, 1, null, null)]
    [InlineData(MentorStatus.Paused, 2, 0, null, "no longer mentoring: staff will skip them")]
    [InlineData(MentorStatus.Retired, 2, 0, null, "no longer mentoring: staff will skip them")]
    [InlineData(MentorStatus.Approved, 1, 1, null, "no free place at the moment: staff will skip them")]
    [InlineData(MentorStatus.Approved, 1, 1, PairingState.Proposed, "asked: waiting for their answer")]
    [InlineData(MentorStatus.Approved, 2, 0, PairingState.Declined, "already asked: they could not take you on")]
    public void WhyUnavailable_StatusPlacesAndEarlierAsk_ExplainsOrIsNull(MentorStatus status, int capacity, int held, PairingState? asked, string? expected)
    {
        var note = ChoiceRules.WhyUnavailable(status, capacity, held, asked);

        Assert.Equal(expected, note);
    }
}
