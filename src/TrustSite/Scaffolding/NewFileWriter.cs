using System.Text;
using TrustSite.Diagnostics;

namespace TrustSite.Scaffolding;

/// <summary>Writes a file that must not exist yet; an existing file is never touched, even if it appears a moment before.</summary>
internal static class NewFileWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static bool TryWrite(string root, string sitePath, string text, DiagnosticBag diagnostics) =>
        TryWrite(root, sitePath, Utf8.GetBytes(text), diagnostics);

    public static bool TryWrite(string root, string sitePath, byte[] bytes, DiagnosticBag diagnostics)
    {
        var fullPath = Path.Combine(root, sitePath);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            // CreateNew fails if the file exists, so there is no moment between checking and writing.
            using var stream = new FileStream(fullPath, FileMode.CreateNew, FileAccess.Write);
            stream.Write(bytes);
            return true;
        }
        catch (IOException) when (File.Exists(fullPath))
        {
            diagnostics.Error(DiagnosticCodes.ScaffoldTargetExists, SourceLocation.File(sitePath), "this file already exists; it was left as it is");
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.ScaffoldWriteFailed, SourceLocation.File(sitePath), $"cannot write the file: {e.Message}");
            return false;
        }
    }
}
