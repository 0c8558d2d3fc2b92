using ImgPortal.Core.Auditing;

namespace ImgPortal.UnitTests.Auditing;

public sealed class AuditTextTests
{
    [Theory]
    [InlineData("CultureAndLanguage", "Culture and language")]
    [InlineData("MentorId", "Mentor ID")]
    [InlineData("IdentityUserRole", "Identity user role")]
    public void Humanize_PascalCaseName_IsWordsInSentenceCase(string name, string expected)
    {
        var words = AuditText.Humanize(name);

        Assert.Equal(expected, words);
    }
}
