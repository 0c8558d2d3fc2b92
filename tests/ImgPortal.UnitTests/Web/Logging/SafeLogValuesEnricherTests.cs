using ImgPortal.Web.Logging;
using Serilog.Events;
using Serilog.Parsing;

namespace ImgPortal.UnitTests.Web.Logging;

public sealed class SafeLogValuesEnricherTests
{
    [Theory]
    [InlineData("/calendar/Zq3xK9-secret.ics", "/calendar/***.ics")]
    [InlineData("GET http://portal.example/CALENDAR/Zq3xK9-secret.ics?x=1", "GET http://portal.example/CALENDAR/***.ics?x=1")]
    [InlineData("/mentoring/check-in?token=CfDJ8-secret", "/mentoring/check-in?token=***")]
    [InlineData("/Identity/Account/ConfirmEmail?userId=u-1&code=Q2Vj-secret", "/Identity/Account/ConfirmEmail?userId=***&code=***")]
    [InlineData("/Identity/Account/ConfirmEmailChange?userId=u-1&email=ana%40example.org&code=Q2Vj", "/Identity/Account/ConfirmEmailChange?userId=***&email=***&code=***")]
    [InlineData("/Identity/Account/Login?ReturnUrl=%2Fx%3Fcode%3DQ2Vj%26y%3D1", "/Identity/Account/Login?ReturnUrl=%2Fx%3Fcode%3D***%26y%3D1")]
    [InlineData("/Identity/Account/ResetPassword?code=Q2Vj&theme=dark", "/Identity/Account/ResetPassword?code=***&theme=dark")]
    [InlineData("/roadmap?step=2", "/roadmap?step=2")]
    public void Enrich_ValueCarryingASecret_IsRedacted(string logged, string expected)
    {
        var logEvent = Event(("Path", new ScalarValue(logged)));

        new SafeLogValuesEnricher().Enrich(logEvent, null!);

        Assert.Equal(expected, ((ScalarValue)logEvent.Properties["Path"]).Value);
    }

    [Fact]
    public void Enrich_ControlCharactersAnywhere_AreEscapedOntoOneLine()
    {
        var logEvent = Event(
            ("Path", new ScalarValue("/a\r\n[12:00:00 INF] forged\u2028\u2029\u0085\u0001\t")),
            ("Uri", new ScalarValue(new Uri("http://portal.example/calendar/secret.ics"))),
            ("List", new SequenceValue([new ScalarValue("x\ny")])),
            ("Object", new StructureValue([new LogEventProperty("Note", new ScalarValue("p\rq"))])),
            ("Map", new DictionaryValue([new(new ScalarValue("k\n"), new ScalarValue("v\n"))])),
            ("Count", new ScalarValue(3)));

        new SafeLogValuesEnricher().Enrich(logEvent, null!);

        var rendered = string.Join(" ", logEvent.Properties.Select(p => p.Value.ToString()));
        Assert.Equal("/a\\r\\n[12:00:00 INF] forged\\u2028\\u2029\\u0085\\u0001\\t", ((ScalarValue)logEvent.Properties["Path"]).Value);
        Assert.Equal("http://portal.example/calendar/***.ics", ((ScalarValue)logEvent.Properties["Uri"]).Value);
        Assert.Equal(3, ((ScalarValue)logEvent.Properties["Count"]).Value);
        Assert.DoesNotContain(rendered, c => char.IsControl(c) || c is '\u2028' or '\u2029');
        Assert.Contains("x\\ny", rendered, StringComparison.Ordinal);
        Assert.Contains("p\\rq", rendered, StringComparison.Ordinal);
        Assert.Contains("k\\n", rendered, StringComparison.Ordinal);
        Assert.Contains("v\\n", rendered, StringComparison.Ordinal);
    }

    private static LogEvent Event(params (string Name, LogEventPropertyValue Value)[] properties) =>
        new(
            DateTimeOffset.UnixEpoch,
            LogEventLevel.Information,
            null,
            new MessageTemplateParser().Parse("A test event"),
            properties.Select(p => new LogEventProperty(p.Name, p.Value)));
}
