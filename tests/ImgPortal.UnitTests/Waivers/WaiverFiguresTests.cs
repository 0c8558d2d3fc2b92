using ImgPortal.Core.Content;
using ImgPortal.Core.Waivers;

namespace ImgPortal.UnitTests.Waivers;

public sealed class WaiverFiguresTests
{
    private static WaiverProgramYear Year(int used, int flexUsed, bool reported = true, WaiverCycleStatus status = WaiverCycleStatus.Open) => new()
    {
        ProgramName = "State 30",
        Source = "Test",
        Year = 2027,
        TotalWaivers = 30,
        SecondCategoryMax = 10,
        SlotsUsed = used,
        FlexUsed = flexUsed,
        SlotsReported = reported,
        CycleStatus = status,
    };

    [Fact]
    public void CheckFigures_MoreSlotsUsedThanTheTotal_IsAnErrorOnSlotsUsed()
    {
        var errors = Year(31, 0).CheckFigures();

        Assert.Equal([nameof(WaiverProgramYear.SlotsUsed)], errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData(20, 11, "Flex slots used cannot be more than the flex slots at most.")]
    [InlineData(2, 3, "Flex slots used are part of the slots used, so they cannot be more.")]
    public void CheckFigures_FlexUsedOutsideItsLimits_IsAnErrorOnFlexUsed(int used, int flexUsed, string message)
    {
        var errors = Year(used, flexUsed).CheckFigures();

        var error = Assert.Single(errors);
        Assert.Equal(nameof(WaiverProgramYear.FlexUsed), error.Field);
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(30, 10)]
    [InlineData(12, 3)]
    public void CheckFigures_FiguresWithinTheirLimits_AreFine(int used, int flexUsed)
    {
        Assert.Empty(Year(used, flexUsed).CheckFigures());
    }

    [Theory]
    [InlineData(26, true, WaiverCycleStatus.Open, true)]
    [InlineData(30, true, WaiverCycleStatus.Full, true)]
    [InlineData(25, true, WaiverCycleStatus.Open, false)]
    [InlineData(29, false, WaiverCycleStatus.Open, false)]
    [InlineData(29, true, WaiverCycleStatus.Closed, false)]
    public void FewSlotsRemain_ReportedFiguresWithFewerThanFiveLeft_IsTrue(int used, bool reported, WaiverCycleStatus status, bool expected)
    {
        var year = Year(used, 0, reported, status);

        Assert.Equal(expected, year.FewSlotsRemain);
        Assert.Equal(2027, year.FiscalYear.Year);
    }
}
