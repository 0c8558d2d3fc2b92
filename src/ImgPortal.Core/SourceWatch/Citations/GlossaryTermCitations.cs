using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.SourceWatch.Citations;

/// <summary>Each glossary term's source (one address, its verified date).</summary>
public sealed class GlossaryTermCitations : ICitationProvider
{
    public string Kind => "glossary-term";

    public async Task<IReadOnlyList<Citation>> ListAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        var terms = await db.GlossaryTerms.AsNoTracking()
            .Select(t => new { t.Id, t.Term, t.SourceUrl })
            .ToListAsync(cancellationToken);
        return [.. terms
            .Select(t => (t.Id, t.Term, Url: SourceUrls.Normalize(t.SourceUrl)))
            .Where(t => t.Url is not null)
            .Select(t => new Citation(t.Url!, Kind, t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Glossary: {t.Term}", $"/staff/glossary/{t.Id}"))];
    }

    public async Task<bool> MarkCheckedAsync(IAppDbContext db, string itemKey, string normalizedUrl, DateOnly on, CancellationToken cancellationToken)
    {
        if (!int.TryParse(itemKey, System.Globalization.CultureInfo.InvariantCulture, out var id)
            || await db.GlossaryTerms.FirstOrDefaultAsync(t => t.Id == id, cancellationToken) is not { } term
            || SourceUrls.Normalize(term.SourceUrl) != normalizedUrl)
        {
            return false;
        }

        if (term.VerifiedOn < on)
        {
            term.VerifiedOn = on;
        }

        return true;
    }
}
