using ImgPortal.Core.Records;

namespace ImgPortal.UnitTests.Records;

/// <summary>
/// How the number and date fields read what staff type: one reading (<c>RecordField.TryReadNumber</c>,
/// <c>TryReadDate</c>) shared by the required and the optional kind, which differ only in what an empty value means.
/// </summary>
public sealed class RecordFieldReadingTests
{
    private static readonly RecordRules Rules = new(new DateOnly(2026, 12, 7));

    [Theory]
    [InlineData("0", 0)]
    [InlineData("10", 10)]
    [InlineData("+7", 7)]
    public void NumberFields_WholeNumberWithinTheRange_AreWrittenByBothKinds(string text, int expected)
    {
        var required = new Holder();
        var optional = new Holder();

        Assert.Null(Number().Write(required, text, Rules));
        Assert.Null(OptionalNumber().Write(optional, text, Rules));
        Assert.Equal(expected, required.Count);
        Assert.Equal(expected, optional.MaybeCount);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("11")]
    [InlineData("1,000")]
    [InlineData("ten")]
    public void NumberFields_NotAWholeNumberWithinTheRange_AreRefusedByBothKindsWithTheirMessage(string text)
    {
        Assert.Equal("From 0 to 10.", Number().Write(new Holder(), text, Rules));
        Assert.Equal("From 0 to 10.", OptionalNumber().Write(new Holder(), text, Rules));
    }

    [Fact]
    public void NumberFields_Empty_IsRefusedWhenRequiredAndNotKnownWhenOptional()
    {
        var optional = new Holder { MaybeCount = 3 };

        Assert.Equal("From 0 to 10.", Number().Write(new Holder(), string.Empty, Rules));
        Assert.Null(OptionalNumber().Write(optional, string.Empty, Rules));
        Assert.Null(optional.MaybeCount);
    }

    [Theory]
    [InlineData("2026-01-31", true)]
    [InlineData("31/01/2026", false)]
    [InlineData("2026-1-31", false)]
    [InlineData("2026-02-30", false)]
    public void DateFields_ReadOnlyYearMonthDay_InBothKinds(string text, bool accepted)
    {
        var required = new Holder();
        var optional = new Holder();

        var requiredError = Date().Write(required, text, Rules);
        var optionalError = OptionalDate().Write(optional, text, Rules);

        Assert.Equal(accepted, requiredError is null);
        Assert.Equal(accepted, optionalError is null);
        Assert.Equal(accepted ? new DateOnly(2026, 1, 31) : default, required.On);
        Assert.Equal(accepted ? new DateOnly(2026, 1, 31) : (DateOnly?)null, optional.MaybeOn);
    }

    private static NumberField<Holder> Number() => new("Count", "Count", h => h.Count, (h, v) => h.Count = v, 0, 10, "From 0 to 10.");

    private static OptionalNumberField<Holder> OptionalNumber() =>
        new("MaybeCount", "Count", h => h.MaybeCount, (h, v) => h.MaybeCount = v, 0, 10, "From 0 to 10.");

    private static DateField<Holder> Date() => new("On", "On", h => h.On, (h, v) => h.On = v, "Give the date.");

    private static OptionalDateField<Holder> OptionalDate() => new("MaybeOn", "On", h => h.MaybeOn, (h, v) => h.MaybeOn = v);

    private sealed class Holder
    {
        public int Count { get; set; }

        public int? MaybeCount { get; set; }

        public DateOnly On { get; set; }

        public DateOnly? MaybeOn { get; set; }
    }
}
