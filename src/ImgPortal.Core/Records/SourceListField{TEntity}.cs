using ImgPortal.Core.Content;

namespace ImgPortal.Core.Records;

/// <summary>
/// One or more sources, one a line as "URL | title | yyyy-MM-dd" (<see cref="PathwaySources"/>): every line is
/// checked (an http or https address, a title, a verified date not after today) and each problem names its line.
/// Without <see cref="RecordField.Required"/> the list may be empty.
/// </summary>
public sealed class SourceListField<TEntity>(string name, string label, Func<TEntity, string> get, Action<TEntity, string> set)
    : RecordField<TEntity>(name, label, RecordFieldKind.MultilineText)
{
    public override string Read(TEntity entity) => get(entity);

    public override string? Write(TEntity entity, string text, RecordRules rules)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (CheckText(normalized) is { } problem)
        {
            return problem;
        }

        var (sources, problems) = PathwaySources.Parse(normalized, rules.Today);
        if (problems.Count > 0)
        {
            return string.Join(" ", problems);
        }

        if (sources.Count == 0 && IsRequired)
        {
            return Required;
        }

        set(entity, PathwaySources.Write(sources));
        return null;
    }
}
