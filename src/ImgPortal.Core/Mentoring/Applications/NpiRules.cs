namespace ImgPortal.Core.Mentoring.Applications;

/// <summary>
/// The National Provider Identifier: 10 digits, the last a Luhn check digit computed as if the number were
/// prefixed with 80840 (which adds a constant 24 to the sum). Source: CMS, "Requirements for NPI Check Digit".
/// </summary>
public static class NpiRules
{
    public const int Length = 10;

    /// <summary>The constant the 80840 prefix contributes to the Luhn sum.</summary>
    private const int PrefixSum = 24;

    public static bool IsValid(string? npi)
    {
        if (npi is not { Length: Length } || !npi.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = PrefixSum;
        for (var i = 0; i < Length - 1; i++)
        {
            var digit = npi[Length - 2 - i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        var check = (10 - (sum % 10)) % 10;
        return npi[Length - 1] - '0' == check;
    }
}
