using System.Collections.Frozen;
using System.Text;

namespace TrustSite.Configuration;

/// <summary>A phone number as written for people ("407 618 0212") and in E.164 for tel: links ("+14076180212").</summary>
public sealed record PhoneNumber(string Display, string E164)
{
    private static readonly FrozenDictionary<string, string> CallingCodes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = "1", ["CA"] = "1", ["PR"] = "1", ["MX"] = "52", ["ES"] = "34", ["GB"] = "44", ["IE"] = "353",
        ["AR"] = "54", ["CO"] = "57", ["CL"] = "56", ["PE"] = "51", ["VE"] = "58", ["EC"] = "593", ["GT"] = "502",
        ["DO"] = "1", ["HN"] = "504", ["SV"] = "503", ["NI"] = "505", ["CR"] = "506", ["PA"] = "507", ["CU"] = "53",
        ["BO"] = "591", ["PY"] = "595", ["UY"] = "598", ["BR"] = "55", ["PT"] = "351", ["FR"] = "33", ["DE"] = "49",
        ["IT"] = "39", ["NL"] = "31", ["AU"] = "61", ["NZ"] = "64", ["ZA"] = "27", ["NG"] = "234", ["KE"] = "254",
        ["PH"] = "63", ["IN"] = "91", ["KR"] = "82",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static bool IsKnownCountry(string country) => CallingCodes.ContainsKey(country);

    /// <summary>Parses a number written for people; returns the reason when it cannot be dialled.</summary>
    public static bool TryParse(string text, string country, out PhoneNumber? phone, out string? problem)
    {
        phone = null;
        var digits = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')' or '+' or '\u00a0'))
            {
                problem = $"a phone number may hold digits, spaces, '-', '.', '(', ')' and a leading '+', not '{c}'";
                return false;
            }
        }
        string e164;
        if (text.TrimStart().StartsWith('+'))
        {
            e164 = "+" + digits;
        }
        else if (!CallingCodes.TryGetValue(country, out var code))
        {
            problem = $"unknown country '{country}'; write the number with its country code, like +1 407 618 0212";
            return false;
        }
        else
        {
            var national = digits.ToString();
            // North American numbers are often written with the trunk prefix 1; elsewhere a leading 0 is the trunk prefix.
            if (code == "1" && national.Length == 11 && national[0] == '1')
            {
                national = national[1..];
            }
            else if (code != "1" && national.StartsWith('0'))
            {
                national = national[1..];
            }
            if (code == "1" && national.Length != 10)
            {
                problem = $"a North American number has 10 digits, this one has {national.Length}";
                return false;
            }
            e164 = "+" + code + national;
        }
        if (e164.Length < 8 || e164.Length > 16)
        {
            problem = "an international number has between 7 and 15 digits";
            return false;
        }
        problem = null;
        phone = new PhoneNumber(text.Trim(), e164);
        return true;
    }
}
