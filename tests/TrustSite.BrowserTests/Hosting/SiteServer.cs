using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;

namespace TrustSite.BrowserTests.Hosting;

/// <summary>Serves a built site the way a static host does: /x/ is /x/index.html, /x redirects to /x/, and a missing file gets 404.html.</summary>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SiteServer(WebApplication app, Uri origin)
    {
        _app = app;
        Origin = origin;
    }

    /// <summary>Such as http://127.0.0.1:41234/, ending in '/'.</summary>
    public Uri Origin { get; }

    /// <summary>Starts serving <paramref name="root"/>, which may still be empty: files are looked up on each request.</summary>
    public static async Task<SiteServer> StartAsync(string root)
    {
        var files = new PhysicalFileProvider(root);
        var (app, origin) = await LoopbackApp.StartAsync(app =>
        {
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, DefaultFileNames = ["index.html"], RedirectToAppendTrailingSlash = true });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
            app.Use((HttpContext context, RequestDelegate _) => RedirectFolderOrNotFound(context, files));
        });
        return new SiteServer(app, origin);
    }

    public Uri Url(string path) => new(Origin, path);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static async Task RedirectFolderOrNotFound(HttpContext context, IFileProvider files)
    {
        var path = context.Request.Path.Value ?? "/";
        // UseDefaultFiles only redirects folders holding an index.html; a static host redirects any folder.
        if (!path.EndsWith('/') && files.GetDirectoryContents(path).Exists)
        {
            context.Response.Redirect(path + "/" + context.Request.QueryString, permanent: true);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        var notFound = files.GetFileInfo("404.html");
        if (notFound.Exists)
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(notFound);
        }
    }
}
