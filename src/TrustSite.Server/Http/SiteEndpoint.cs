using Microsoft.AspNetCore.Http;
using TrustSite.Server.Rebuilding;
using TrustSite.Server.Reload;

namespace TrustSite.Server.Http;

/// <summary>Answers every request for the site: its files, its 404 page, or the error page while the last build failed.</summary>
public sealed class SiteEndpoint(PreviewSession session)
{
    private readonly SiteFiles _files = new(session.Folder.Path);

    public async Task Handle(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }
        var path = request.Path.Value ?? "/";
        var file = _files.Find(path);
        if (file.Kind == SiteFileKind.Refused)
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            await Text(response, "400: this address cannot name a file of the site.\n");
            return;
        }
        if (file.Kind == SiteFileKind.NeedsSlash)
        {
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            response.Headers.Location = request.PathBase + path + "/" + request.QueryString;
            return;
        }
        var state = session.State;
        var isPage = file.FullPath is null || file.FullPath.EndsWith(".html", StringComparison.Ordinal);
        if (state.IsBroken && isPage && !request.Query.ContainsKey("last-good"))
        {
            response.StatusCode = StatusCodes.Status500InternalServerError;
            await Html(context, System.Text.Encoding.UTF8.GetBytes(ErrorPage.Render(state, path, hasLastGood: file.FullPath is not null)));
            return;
        }
        if (file.FullPath is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            if (_files.NotFoundPage is { } notFound)
            {
                await Html(context, await File.ReadAllBytesAsync(notFound, context.RequestAborted));
            }
            else
            {
                await Text(response, "404: no page at this address.\n");
            }
            return;
        }
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file.FullPath, context.RequestAborted);
        }
        catch (FileNotFoundException)
        {
            // Removed by a rebuild between the lookup and the read.
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        if (file.FullPath.EndsWith(".html", StringComparison.Ordinal))
        {
            await Html(context, bytes);
            return;
        }
        response.ContentType = ContentTypes.OfPath(file.FullPath);
        response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(request.Method))
        {
            await response.Body.WriteAsync(bytes, context.RequestAborted);
        }
    }

    private static async Task Html(HttpContext context, byte[] html)
    {
        var body = ReloadScript.InjectInto(html);
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private static Task Text(HttpResponse response, string text)
    {
        response.ContentType = "text/plain; charset=utf-8";
        return response.WriteAsync(text);
    }
}
