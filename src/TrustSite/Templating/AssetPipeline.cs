using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using TrustSite.Minify;

namespace TrustSite.Templating;

/// <summary>Prepares the theme's files for publishing: CSS and JavaScript minified when asked, fingerprinted, with an integrity hash.</summary>
/// <remarks>A fingerprinted name changes whenever the content does, so hosts may cache it for a year without anyone seeing an old style.</remarks>
public static class AssetPipeline
{
    public static ImmutableArray<PublishedThemeAsset> Prepare(ImmutableArray<ThemeAsset> assets, bool minify)
    {
        var prepared = ImmutableArray.CreateBuilder<PublishedThemeAsset>(assets.Length);
        foreach (var asset in assets)
        {
            var extension = Path.GetExtension(asset.Url);
            if (extension is not (".css" or ".js"))
            {
                prepared.Add(new PublishedThemeAsset(asset, asset.Url, asset.Url, null, null));
                continue;
            }
            var text = File.ReadAllText(asset.FullPath).ReplaceLineEndings("\n");
            if (minify && extension == ".css")
            {
                text = CssMinifier.Minify(text);
            }
            var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            var url = asset.Url[..^extension.Length] + "." + hash + extension;
            prepared.Add(new PublishedThemeAsset(asset, asset.Url, url, bytes, "sha384-" + Convert.ToBase64String(SHA384.HashData(bytes))));
        }
        return prepared.ToImmutable();
    }
}
