using System.Globalization;
using System.Text.Json;
using ImgPortal.Core.Glossary;

namespace ImgPortal.Infrastructure.Data.Seed;

/// <summary>The glossary's starting terms, read from the verified <c>glossary.json</c> (each with its first source and the date it was checked).</summary>
public static class GlossarySeed
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<GlossaryTerm> Terms() =>
        (JsonSerializer.Deserialize<List<SeedTerm>>(SeedDataFiles.Read(SeedDataFiles.Glossary), Json)
            ?? throw new InvalidOperationException("The glossary seed file is empty."))
        .Select(t =>
        {
            var source = t.Sources.FirstOrDefault()
                ?? throw new InvalidOperationException($"The glossary term {t.Term} has no source.");
            return new GlossaryTerm
            {
                Term = t.Term,
                LongForm = t.FullName ?? string.Empty,
                Definition = t.Definition,
                SourceUrl = source.Url,
                SourceTitle = source.Title,
                VerifiedOn = DateOnly.ParseExact(source.VerifiedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
        })
        .ToList();

    private sealed record SeedTerm(string Term, string? FullName, string Definition, List<SeedSource> Sources);

    private sealed record SeedSource(string Url, string Title, string VerifiedOn);
}
