using ImgPortal.Core.Common;

namespace ImgPortal.UnitTests.Common;

public class OutcomeTests
{
    [Fact]
    public void Invalid_WithFieldErrors_KeepsEachFieldAndUsesTheFirstAsMessage()
    {
        var outcome = Outcome.Invalid([new FieldError("Year", "Enter a year."), new FieldError("Total", "Enter a number.")]);

        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        Assert.False(outcome.Succeeded);
        Assert.Equal("Enter a year.", outcome.Message);
        Assert.Equal(["Year", "Total"], outcome.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Invalid_WithNoErrors_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Outcome.Invalid([]));
    }

    [Fact]
    public void Done_CarriesMessageAndId()
    {
        var outcome = Outcome.Done("Saved.", 7);

        Assert.True(outcome.Succeeded);
        Assert.Equal(7, outcome.Id);
        Assert.Empty(outcome.Errors);
    }

    [Fact]
    public void DoneWith_CarriesTheValue()
    {
        var outcome = Outcome.DoneWith("Created.", "new page", 3);

        Assert.True(outcome.Succeeded);
        Assert.Equal("new page", outcome.Value);
        Assert.Equal(3, outcome.Id);
    }

    [Fact]
    public void GenericConflict_CarriesTheCurrentVersion()
    {
        var outcome = Outcome.Conflict<string>("Changed by someone else.", "current text");

        Assert.Equal(OutcomeKind.Conflict, outcome.Kind);
        Assert.Equal("current text", outcome.Value);
    }

    [Fact]
    public void As_CarriesAFailureOverAndRefusesASuccess()
    {
        var carried = Outcome.Forbidden("Not yours.").As<int>();

        Assert.Equal(OutcomeKind.Forbidden, carried.Kind);
        Assert.Equal("Not yours.", carried.Message);
        Assert.Throws<InvalidOperationException>(() => Outcome.Done("ok").As<int>());
    }
}
