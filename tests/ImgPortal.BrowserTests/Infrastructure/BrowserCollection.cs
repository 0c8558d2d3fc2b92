namespace ImgPortal.BrowserTests.Infrastructure;

/// <summary>Every browser test shares one portal and one Chromium; the tests of the collection run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
