namespace ImgPortal.BrowserTests.Infrastructure;

/// <summary>The pages anyone can open without signing in.</summary>
public static class PortalPages
{
    /// <summary>An address with no page behind it: the portal's friendly 404 page.</summary>
    public const string Missing = "/no-such-page";

    public const string Login = "/identity/account/login";

    public const string Register = "/identity/account/register";

    /// <summary>The guidance pages linked from the main navigation, in its order.</summary>
    public static readonly IReadOnlyList<string> Guidance =
    [
        "/residency",
        "/visas",
        "/j1-waiver",
        "/echo",
        "/credentialing",
        "/mentoring",
        "/state-pathways",
        "/get-involved",
        "/contact",
    ];

    public static readonly IReadOnlyList<string> Public =
        ["/", .. Guidance, "/search?q=fcvs", "/mentoring/mentors", "/mentoring/volunteer", "/glossary", "/privacy",
         "/state-pathways/history", "/state-pathways/check", "/costs", "/dates", "/programs", "/programs/jacobi-im", "/changes",
         Missing, Login, Register];

    public static TheoryData<string> All => [.. Public];

    /// <summary>Every link of the main navigation: the brand, the guidance pages and the account links.</summary>
    public static TheoryData<string> MainNavigation => ["/", .. Guidance, Register, Login];

    public static int ExpectedStatus(string path) => path == Missing ? 404 : 200;
}
