using System.Security.Cryptography;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests;

public sealed class TwoFactorAndDeletionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task EnableAuthenticator_WithAValidCode_AsksForTheCodeAtTheNextLogin()
    {
        var email = $"twofactor-{Guid.NewGuid():N}@test.example";
        await factory.CreateUserAsync(email);
        var client = PortalClient.Anonymous(factory);
        await PortalClient.LogInAsync(client, email, PortalFactory.Password);

        var setup = await HtmlPage.GetAsync(client, "/Identity/Account/Manage/EnableAuthenticator");
        var key = setup.Document.QuerySelector("kbd")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal);
        var enabled = await setup.SubmitAsync(client, new Dictionary<string, string> { ["Input.Code"] = Totp(key) }, "form#send-code");
        var logoutPage = await HtmlPage.GetAsync(client, "/");
        await logoutPage.SubmitAsync(client, new Dictionary<string, string>(), "form#logout-form");
        var challenge = await PortalClient.LogInAsync(client, email, PortalFactory.Password);

        Assert.Contains("Your authenticator app has been verified", enabled.MainText, StringComparison.Ordinal);
        Assert.Equal("Two-factor authentication", challenge.Heading);
        Assert.Null(challenge.Document.QuerySelector("form#logout-form"));
    }

    [Fact]
    public async Task DeletePersonalData_WithThePassword_DeletesTheAccountSoItCannotLogIn()
    {
        var email = $"delete-{Guid.NewGuid():N}@test.example";
        await factory.CreateUserAsync(email);
        var client = PortalClient.Anonymous(factory);
        await PortalClient.LogInAsync(client, email, PortalFactory.Password);

        var confirm = await HtmlPage.GetAsync(client, "/Identity/Account/Manage/DeletePersonalData");
        var after = await confirm.SubmitAsync(client, new Dictionary<string, string> { ["Input.Password"] = PortalFactory.Password }, "form#delete-user");
        var again = await PortalClient.LogInAsync(PortalClient.Anonymous(factory), email, PortalFactory.Password);

        Assert.Null(after.Document.QuerySelector("form#logout-form"));
        Assert.Contains("Invalid login attempt", again.MainText, StringComparison.Ordinal);
    }

    /// <summary>RFC 6238 time-based code, as an authenticator app computes it from the shared key.</summary>
    private static string Totp(string base32Key)
    {
        var key = FromBase32(base32Key);
        var counter = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var message = BitConverter.GetBytes(counter);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(message);
        }

#pragma warning disable CA5350 // RFC 6238 authenticator codes are defined over HMAC-SHA1
        var hash = HMACSHA1.HashData(key, message);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var code = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (code % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] FromBase32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = string.Concat(text.ToUpperInvariant().TrimEnd('=').Select(c => Convert.ToString(Alphabet.IndexOf(c, StringComparison.Ordinal), 2).PadLeft(5, '0')));
        return Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2)).ToArray();
    }
}
