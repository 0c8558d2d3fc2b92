using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Applications;

namespace ImgPortal.UnitTests.Mentoring.Applications;

public sealed class MentorDetailsRulesTests
{
    [Fact]
    public void Validate_EveryFieldWrong_ReportsEachFieldOnce()
    {
        var details = new MentorDetails(" ", "Astrology", "", "", "ZZ", [], [], HelpAreas.None, 0, "", "", false, false, [], "12345", "", -1, false);

        var errors = MentorDetailsRules.Validate(details);

        Assert.Equal(
            ["DisplayName", "Hospital", "Specialty", "State", "Languages", "HelpAreas", "Capacity", "Licenses", "Npi", "YearsInPractice"],
            errors.Select(e => e.Field));
    }
}
