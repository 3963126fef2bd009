using System.Collections.Concurrent;
using System.Text;

namespace TrustSite.Diagnostics;

/// <summary>Reads source lines for diagnostics, from files under the site's root, each file only as far as the lines asked for.</summary>
/// <remarks>
/// A big site's warnings point mostly into front matter, near the top of thousands of files: reading each whole, and splitting it
/// into lines, cost more than the build's own reading of them.
/// </remarks>
public sealed class SourceTextCache(string root)
{
    private readonly ConcurrentDictionary<string, SourceText> _files = new(StringComparer.Ordinal);

    public string? GetLine(string relativePath, int line) =>
        line < 1 ? null : _files.GetOrAdd(relativePath, path => new SourceText(Path.Combine(root, path), "", complete: false)).Line(line);

    /// <summary>Lets a stage register text it already holds, such as a file it has just read.</summary>
    public void Remember(string relativePath, string text) => _files[relativePath] = new SourceText(null, text, complete: true);

    /// <summary>The start of a file, read further each time a later line is asked for (twice as far, so a long file is read a few times at most).</summary>
    private sealed class SourceText
    {
        private const int FirstRead = 2048;
        private readonly string? _path;
        private readonly Lock _gate = new();
        private string _text;
        private bool _complete;

        public SourceText(string? path, string text, bool complete) => (_path, _text, _complete) = (path, text, complete);

        public string? Line(int line)
        {
            lock (_gate)
            {
                while (true)
                {
                    if (TryFindLine(_text, line, _complete, out var found))
                    {
                        return found;
                    }
                    if (!TryRead(Math.Max(FirstRead, _text.Length * 2)))
                    {
                        return null;
                    }
                }
            }
        }

        private bool TryRead(int characters)
        {
            try
            {
                if (_path is null || !File.Exists(_path))
                {
                    return false;
                }
                // Decoded as File.ReadAllText does: UTF-8, or the encoding a byte order mark names.
                using var reader = new StreamReader(_path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                var buffer = new char[characters];
                var read = reader.ReadBlock(buffer, 0, characters);
                (_text, _complete) = (new string(buffer, 0, read), read < characters);
                return true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }

        /// <summary>
        /// Line <paramref name="line"/> of <paramref name="text"/>, with the line breaks of string.ReplaceLineEndings (CR, LF, CRLF, NEL,
        /// LS, PS, FF); false when the text read so far ends before that line is known.
        /// </summary>
        private static bool TryFindLine(string text, int line, bool complete, out string? found)
        {
            var (start, current) = (0, 1);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c is not ('\n' or '\r' or '\u0085' or '\u2028' or '\u2029' or '\f'))
                {
                    continue;
                }
                if (current == line)
                {
                    found = text[start..i];
                    return true;
                }
                if (c == '\r' && i + 1 == text.Length && !complete)
                {
                    // The LF of a CRLF may be just past what was read: it must not count as one more line.
                    break;
                }
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                (start, current) = (i + 1, current + 1);
            }
            found = complete && current == line ? text[start..] : null;
            return complete;
        }
    }
}
