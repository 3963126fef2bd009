using Microsoft.Playwright;
using TrustSite.BrowserTests.Hosting;
using TrustSite.Configuration;

namespace TrustSite.BrowserTests.Support;

/// <summary>Once per run: the sample site built with its forms pointed at local stubs, served on 127.0.0.1, and one Chromium.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string NewsletterStub = "newsletter";
    public const string ContactStub = "contact";

    /// <summary>Long enough for a slow CI machine, short enough that a missing element fails the test quickly.</summary>
    private const float TimeoutMs = 10_000;

    private SampleSite? _sample;
    private IPlaywright? _playwright;

    public SiteServer Server { get; private set; } = null!;

    /// <summary>The folder the site was built into.</summary>
    public string Output => _sample?.Output ?? throw new InvalidOperationException("the fixture has not started");

    public FormStubServer Stubs { get; private set; } = null!;

    /// <summary>The newsletter form as the built site.yml declares it (action pointed at the stub, field names as configured).</summary>
    public FormEndpoint Newsletter { get; private set; } = null!;

    public FormEndpoint Contact { get; private set; } = null!;

    /// <summary>Where the newsletter stub sends the browser after a signup, as a provider configured with the site's thank-you page does.</summary>
    public Uri NewsletterThankYou { get; private set; } = null!;

    public Uri ContactThankYou { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public ProbePage Probe { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _sample = SampleSite.CopyFromRepository();
        Server = await SiteServer.StartAsync(_sample.Output);
        Stubs = await FormStubServer.StartAsync();
        var declared = _sample.LoadConfig();
        NewsletterThankYou = Server.Url(Form(declared.Newsletter.Form, "newsletter").ThankYouUrl ?? "/newsletter/thanks/");
        ContactThankYou = Server.Url(Form(declared.Contact.Form, "contact.form").ThankYouUrl ?? "/contact/thanks/");
        _sample.PointFormsAt(Stubs.AddEndpoint(NewsletterStub, NewsletterThankYou), Stubs.AddEndpoint(ContactStub, ContactThankYou));
        var config = _sample.LoadConfig(Server.Origin);
        Newsletter = Form(config.Newsletter.Form, "newsletter");
        Contact = Form(config.Contact.Form, "contact.form");
        _sample.Build(Server.Origin);
        (_playwright, Browser) = await Chromium.LaunchAsync();
        Probe = await ProbePage.CreateAsync(await NewContextAsync());
    }

    /// <summary>A fresh, isolated browser context on the served site; relative addresses in GotoAsync resolve against it.</summary>
    public async Task<IBrowserContext> NewContextAsync(Viewport? viewport = null, bool javaScriptEnabled = true)
    {
        viewport ??= new Viewport(1280, ColorScheme.Light);
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.Origin.AbsoluteUri,
            ViewportSize = new ViewportSize { Width = viewport.Width, Height = viewport.Height },
            ColorScheme = viewport.Scheme,
            JavaScriptEnabled = javaScriptEnabled,
            Locale = "en-US",
        });
        context.SetDefaultTimeout(TimeoutMs);
        context.SetDefaultNavigationTimeout(TimeoutMs);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (Stubs is not null)
        {
            await Stubs.DisposeAsync();
        }
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
        _sample?.Dispose();
    }

    private static FormEndpoint Form(FormEndpoint? form, string key) =>
        form ?? throw new InvalidOperationException($"the sample site.yml configures no form under '{key}', so there is nothing to submit");
}
