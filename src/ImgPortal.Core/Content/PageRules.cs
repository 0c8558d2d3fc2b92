using System.Text.RegularExpressions;
using ImgPortal.Core.Common;

namespace ImgPortal.Core.Content;

/// <summary>The rules for a guidance page's address, its place in the navigation, its retirement and its review.</summary>
public static partial class PageRules
{
    public const int SlugMaxLength = 80;
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 1000;
    public const int HeadingMaxLength = 200;
    public const int SourceMaxLength = 500;
    public const int NavigationLabelMaxLength = 40;
    public const int RedirectMaxLength = 300;
    public const int OwnerNameMaxLength = 256;
    public const int SourcesCheckedMaxLength = 1000;
    public const int ReviewNoteMaxLength = 1000;
    public const int ChangeNoteMaxLength = 500;

    /// <summary>A section's or step's own sources, one a line as "URL | title | yyyy-MM-dd" (<see cref="PathwaySources"/>).</summary>
    public const int SectionSourcesMaxLength = 2000;

    /// <summary>The Match cycle (or other period) a section's rules belong to, e.g. "2027 Match".</summary>
    public const int CycleMaxLength = 40;

    public const int MinSortOrder = 0;
    public const int MaxSortOrder = 9999;

    public const int DefaultReviewIntervalMonths = 12;
    public const int MinReviewIntervalMonths = 1;
    public const int MaxReviewIntervalMonths = 36;

    /// <summary>Pages due for review within this many days are listed as due soon.</summary>
    public const int DueSoonDays = 30;

    /// <summary>Why a section's own sources cannot be saved (every bad line named), or null when they can; empty is allowed.</summary>
    /// <param name="sources">The lines as typed.</param>
    /// <param name="notAfter">Today, when a checked date may not be later (the form checks what staff type); null checks the format only.</param>
    public static string? SectionSourcesProblem(string? sources, DateOnly? notAfter)
    {
        var text = (sources ?? string.Empty).ReplaceLineEndings("\n");
        if (text.Length > SectionSourcesMaxLength)
        {
            return $"Keep the sources under {SectionSourcesMaxLength} characters.";
        }

        var problems = PathwaySources.Parse(text, notAfter).Problems;
        return problems.Count == 0 ? null : string.Join(" ", problems);
    }

    /// <summary>Why a section's cycle label cannot be saved, or null when it can; empty is allowed.</summary>
    public static string? CycleProblem(string? cycle) =>
        (cycle ?? string.Empty).Trim().Length > CycleMaxLength ? $"Keep the cycle under {CycleMaxLength} characters." : null;

    /// <summary>A section's sources as stored: checked lines, normalized, in the order given.</summary>
    public static string NormalizeSectionSources(string? sources) =>
        PathwaySources.Write(PathwaySources.Read((sources ?? string.Empty).ReplaceLineEndings("\n")));

    /// <summary>Why <paramref name="slug"/> cannot be a new page's address, or null when it can.</summary>
    /// <param name="slug">The address asked for, already trimmed.</param>
    /// <param name="isReserved">Whether the portal already answers at <c>/{slug}</c> (a fixed route or a static folder).</param>
    public static string? SlugProblem(string slug, Func<string, bool> isReserved)
    {
        if (string.IsNullOrEmpty(slug))
        {
            return "Give the page an address.";
        }

        if (slug.Length > SlugMaxLength)
        {
            return $"Keep the address under {SlugMaxLength} characters.";
        }

        if (!SlugPattern().IsMatch(slug))
        {
            return "Use lowercase letters, digits and single hyphens between words (for example visa-basics).";
        }

        return isReserved(slug)
            ? $"/{slug} is already a part of the portal. Choose another address."
            : null;
    }

    /// <summary>Why <paramref name="target"/> cannot be where a retired page sends visitors, or null when it can.</summary>
    public static string? RedirectProblem(string target, string retiredSlug)
    {
        if (target.Length > RedirectMaxLength)
        {
            return $"Keep the address under {RedirectMaxLength} characters.";
        }

        if (target.Contains('\\', StringComparison.Ordinal))
        {
            return "Use / in an address, never a backslash (\\): browsers read it as / and may leave the portal.";
        }

        if (target.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return "An address has no spaces or control characters.";
        }

        if (!IsSafeRedirect(target))
        {
            return "Give a path on the portal (starting with /) or a full https:// address.";
        }

        var path = target.Split('?', '#')[0].TrimEnd('/');
        return target.StartsWith('/') && string.Equals(path, "/" + retiredSlug, StringComparison.OrdinalIgnoreCase)
            ? "A retired page cannot send visitors to itself."
            : null;
    }

    /// <summary>
    /// Whether a browser sent to <paramref name="target"/> stays where the portal means: a path on the portal (a
    /// single leading <c>/</c>, never <c>//</c> or <c>/\</c>, which browsers read as another host) or an absolute
    /// <c>https://</c> address with a host name. No backslash anywhere (browsers read it as <c>/</c>), no control
    /// characters or spaces. Checked when staff save a redirect and again before one is sent.
    /// </summary>
    public static bool IsSafeRedirect(string? target)
    {
        if (string.IsNullOrEmpty(target) || target.Any(c => c == '\\' || char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return false;
        }

        if (target.StartsWith('/'))
        {
            return !target.StartsWith("//", StringComparison.Ordinal);
        }

        return target.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            && Uri.TryCreate(target, UriKind.Absolute, out var uri)
            && uri.Scheme == Uri.UriSchemeHttps
            && uri.HostNameType is UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6
            && uri.Host.Length > 0
            && string.IsNullOrEmpty(uri.UserInfo);
    }

    /// <summary>The day a page falls due for review.</summary>
    public static DateOnly ReviewDueOn(DateOnly lastReviewedOn, int intervalMonths) => lastReviewedOn.AddMonths(intervalMonths);

    public static ReviewStatus ReviewStatusOn(DateOnly lastReviewedOn, int intervalMonths, DateOnly today)
    {
        var due = ReviewDueOn(lastReviewedOn, intervalMonths);
        return due < today ? ReviewStatus.Overdue
            : due <= today.AddDays(DueSoonDays) ? ReviewStatus.DueSoon
            : ReviewStatus.Current;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
