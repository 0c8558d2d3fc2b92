using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using ImgPortal.Core.Mentoring;

namespace ImgPortal.UnitTests.Common;

/// <summary>A message written once reads the same from the form's attribute and from the Core rule (ADR 0097).</summary>
public sealed class ValidationTextTests
{
    [Fact]
    public void Limit_LengthMessage_ReadsAsTheStringLengthAttributeShowsIt()
    {
        var attribute = new StringLengthAttribute(MentoringLimits.Note) { ErrorMessage = ValidationText.NoteTooLong };

        var fromRule = ValidationText.Limit(ValidationText.NoteTooLong, MentoringLimits.Note);

        Assert.Equal(attribute.FormatErrorMessage("Note"), fromRule);
        Assert.Equal("Keep the note to 1,000 characters.", fromRule);
    }

    [Fact]
    public void Range_RangeMessage_ReadsAsTheRangeAttributeShowsIt()
    {
        var attribute = new RangeAttribute(PageRules.MinReviewIntervalMonths, PageRules.MaxReviewIntervalMonths) { ErrorMessage = PageMessages.ReviewInterval };

        var fromRule = ValidationText.Range(PageMessages.ReviewInterval, PageRules.MinReviewIntervalMonths, PageRules.MaxReviewIntervalMonths);

        Assert.Equal(attribute.FormatErrorMessage("Review interval"), fromRule);
        Assert.Equal("Give a review interval from 1 to 36 months.", fromRule);
    }
}
