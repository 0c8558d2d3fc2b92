using ImgPortal.Core.Common;

namespace ImgPortal.UnitTests.Common;

public sealed class SentencesTests
{
    [Theory]
    [InlineData("Dr Q", "Dr Q.")]
    [InlineData("Dr Q.", "Dr Q.")]
    [InlineData("Mercy Hospital Inc. ", "Mercy Hospital Inc.")]
    [InlineData("Is it?", "Is it?")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void End_TextWithOrWithoutAFullStop_EndsWithExactlyOne(string? text, string expected) =>
        Assert.Equal(expected, Sentences.End(text));
}
