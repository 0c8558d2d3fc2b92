using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Applications;
using ImgPortal.Core.Mentoring.Vetting;

namespace ImgPortal.UnitTests.Mentoring.Vetting;

public sealed class VettingRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Theory]
    [InlineData("1234567893", true)]
    [InlineData("1234567890", false)]
    [InlineData("123456789", false)]
    [InlineData("12345678a3", false)]
    [InlineData("", false)]
    public void NpiRules_IsValid_ChecksLengthDigitsAndTheLuhnDigitWithThePrefix(string npi, bool expected)
    {
        Assert.Equal(expected, NpiRules.IsValid(npi));
    }

    [Fact]
    public void LicenseRecheckDue_NeverChecked_IsDue()
    {
        Assert.True(VettingRules.LicenseRecheckDue([null], null, Today));
    }

    [Fact]
    public void LicenseRecheckDue_CheckedAndFarFromExpiry_IsNotDue()
    {
        var checkedAt = new DateTime(2026, 1, 10, 9, 0, 0, DateTimeKind.Utc);

        Assert.False(VettingRules.LicenseRecheckDue([Today.AddDays(90), null], checkedAt, Today));
    }

    [Fact]
    public void LicenseRecheckDue_ExpiryWithinThirtyDaysAndCheckedBeforeThat_IsDue()
    {
        var checkedAt = new DateTime(2026, 1, 10, 9, 0, 0, DateTimeKind.Utc);

        Assert.True(VettingRules.LicenseRecheckDue([Today.AddDays(VettingRules.RecheckDaysBeforeExpiry)], checkedAt, Today));
    }

    [Fact]
    public void LicenseRecheckDue_CheckedAgainInsideTheWindow_IsNotDue()
    {
        var expires = Today.AddDays(10);
        var checkedAt = Today.AddDays(-5).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);

        Assert.False(VettingRules.LicenseRecheckDue([expires], checkedAt, Today));
    }

    [Fact]
    public void Steps_SomeTicked_SaysWhoAndWhenAndIsNotComplete()
    {
        var at = new DateTime(2026, 11, 20, 15, 0, 0, DateTimeKind.Utc);
        var checks = new[]
        {
            new VettingCheck { Item = VettingItem.LicenseVerified, CheckedAtUtc = at, CheckedBy = "staff@example.org" },
            new VettingCheck { Item = VettingItem.CodeOfConductAccepted, CheckedAtUtc = at, CheckedBy = "staff@example.org" },
        };

        var steps = VettingRules.Steps(checks, [null], Today);

        Assert.Equal(VettingRules.Items, steps.Select(s => s.Item));
        Assert.Equal("staff@example.org", steps[0].CheckedBy);
        Assert.Equal(at, steps[0].CheckedAtUtc);
        Assert.False(steps[0].Due);
        Assert.True(steps[2].Due);
        Assert.False(VettingRules.IsComplete(steps));
    }

    [Fact]
    public void IsComplete_AllTickedButALicenseNearExpiry_IsNotComplete()
    {
        var longAgo = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var checks = VettingRules.Items.Select(i => new VettingCheck { Item = i, CheckedAtUtc = longAgo, CheckedBy = "s" }).ToList();

        Assert.True(VettingRules.IsComplete(VettingRules.Steps(checks, [Today.AddDays(400)], Today)));
        Assert.False(VettingRules.IsComplete(VettingRules.Steps(checks, [Today.AddDays(5)], Today)));
    }

    [Fact]
    public void Steps_MentorAcceptedTheTermsWhenVolunteering_TermsAreDoneWithoutAStaffTick()
    {
        var accepted = new DateTime(2026, 11, 30, 10, 0, 0, DateTimeKind.Utc);

        var steps = VettingRules.Steps([], [null], Today, accepted);

        var terms = steps.Single(s => s.Item == VettingItem.CodeOfConductAccepted);
        Assert.False(terms.Due);
        Assert.Equal(accepted, terms.CheckedAtUtc);
        Assert.Equal(VettingRules.AcceptedByTheMentor, terms.CheckedBy);
        Assert.True(steps.Single(s => s.Item == VettingItem.OrientationDone).Due);
    }

    [Fact]
    public void Steps_NoRecordOfTheMentorAccepting_StaffStillTickTheTerms() =>
        Assert.True(VettingRules.Steps([], [null], Today).Single(s => s.Item == VettingItem.CodeOfConductAccepted).Due);

    [Fact]
    public void Steps_MentorConfirmedReadingTheOrientation_OrientationIsDoneByTheMentorWithoutAStaffTick()
    {
        var accepted = new DateTime(2026, 11, 30, 10, 0, 0, DateTimeKind.Utc);

        var steps = VettingRules.Steps([], [null], Today, accepted, accepted);

        var orientation = steps.Single(s => s.Item == VettingItem.OrientationDone);
        Assert.False(orientation.Due);
        Assert.True(orientation.AcceptedByMentor);
        Assert.Equal(accepted, orientation.CheckedAtUtc);
    }

    [Fact]
    public void Steps_StaffTickedTheOrientation_IsNotShownAsAcceptedByTheMentor()
    {
        var checks = new[] { new VettingCheck { Item = VettingItem.OrientationDone, CheckedBy = "Staff Sam", CheckedAtUtc = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc) } };

        var orientation = VettingRules.Steps(checks, [null], Today).Single(s => s.Item == VettingItem.OrientationDone);

        Assert.False(orientation.Due);
        Assert.False(orientation.AcceptedByMentor);
    }
}
