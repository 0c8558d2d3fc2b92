using ImgPortal.Core.Content;

namespace ImgPortal.UnitTests.Content;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("516-488-6100 ext. 383", "tel:+15164886100;ext=383", "+1 (516) 488-6100, ext. 383")]
    [InlineData("(516) 488 6100", "tel:+15164886100", "+1 (516) 488-6100")]
    [InlineData("+1 516.488.6100 x389", "tel:+15164886100;ext=389", "+1 (516) 488-6100, ext. 389")]
    [InlineData("1-800-523-4405", "tel:+18005234405", "+1 (800) 523-4405")]
    public void Parse_NorthAmericanNumber_GivesInternationalLinkAndDisplay(string typed, string tel, string display)
    {
        var number = PhoneNumber.Parse(typed);

        Assert.NotNull(number);
        Assert.Equal(tel, number.TelUri);
        Assert.Equal(display, number.Display);
    }

    [Theory]
    [InlineData("")]
    [InlineData("+44 20 7946 0958")]
    [InlineData("488-6100")]
    [InlineData("call the front desk")]
    public void Parse_AnythingElse_ReturnsNull(string typed)
    {
        var number = PhoneNumber.Parse(typed);

        Assert.Null(number);
    }
}
