using TrustSite.Configuration;

namespace TrustSite.Tests.Configuration;

public class PhoneNumberTests
{
    [Theory]
    [InlineData("407 618 0212", "US", "+14076180212")]
    [InlineData("(407) 618-0212", "US", "+14076180212")]
    [InlineData("1-407-618-0212", "US", "+14076180212")]
    [InlineData("+1 407 618 0212", "MX", "+14076180212")]
    [InlineData("91 123 45 67", "ES", "+34911234567")]
    [InlineData("020 7946 0958", "GB", "+442079460958")]
    public void Converts_numbers_as_people_write_them_to_E164(string text, string country, string expected)
    {
        Assert.True(PhoneNumber.TryParse(text, country, out var phone, out _));
        Assert.Equal(expected, phone!.E164);
        Assert.Equal(text, phone.Display);
    }

    [Theory]
    [InlineData("618 0212", "US")]
    [InlineData("407 618 021a", "US")]
    [InlineData("12345", "ZZ")]
    public void Refuses_numbers_that_cannot_be_dialled(string text, string country)
    {
        Assert.False(PhoneNumber.TryParse(text, country, out _, out var problem));
        Assert.NotNull(problem);
    }
}
