using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TrustSite.BrowserTests.Hosting;

/// <summary>Stands in for newsletter and contact-form providers: records every POSTed form and redirects to the site's thank-you page, as a provider does.</summary>
/// <remarks>It listens on its own port, so the forms post to another origin, as they do to a real provider.</remarks>
public sealed class FormStubServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Uri> _redirects = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<FormSubmission> _received = new();
    private WebApplication? _app;

    /// <summary>Such as http://127.0.0.1:41235/, ending in '/'.</summary>
    public Uri Origin { get; private set; } = null!;

    public static async Task<FormStubServer> StartAsync()
    {
        var stubs = new FormStubServer();
        var (app, origin) = await LoopbackApp.StartAsync(app => app.Run(stubs.Receive));
        stubs._app = app;
        stubs.Origin = origin;
        return stubs;
    }

    /// <summary>Adds an endpoint at /<paramref name="name"/> that answers each POST with 303 to <paramref name="thankYou"/>; returns its address.</summary>
    public Uri AddEndpoint(string name, Uri thankYou)
    {
        _redirects[name] = thankYou;
        return new Uri(Origin, name);
    }

    /// <summary>What reached the endpoint so far, oldest first.</summary>
    public ImmutableArray<FormSubmission> ReceivedBy(string name) => [.. _received.Where(s => s.Endpoint == name)];

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task Receive(HttpContext context)
    {
        var name = (context.Request.Path.Value ?? "").Trim('/');
        if (!_redirects.TryGetValue(name, out var thankYou))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsync($"no form stub at /{name}");
            return;
        }
        var request = context.Request;
        var fields = request.HasFormContentType
            ? (await request.ReadFormAsync()).SelectMany(field => field.Value.Select(value => KeyValuePair.Create(field.Key, value ?? "")))
            : request.Query.SelectMany(field => field.Value.Select(value => KeyValuePair.Create(field.Key, value ?? "")));
        _received.Enqueue(new FormSubmission(name, request.Method, request.ContentType ?? "", [.. fields]));
        if (!HttpMethods.IsPost(request.Method))
        {
            // Providers accept posted forms only; the submission is still recorded so the test can say what went wrong,
            // and the answer has a body so that Chromium shows it instead of an error page the test would wait on.
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            await context.Response.WriteAsync($"{request.Method} is not accepted: form providers take POST only");
            return;
        }
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = thankYou.AbsoluteUri;
    }
}
