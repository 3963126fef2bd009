using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace TrustSite.Diagnostics;

/// <summary>Collects diagnostics from every stage, safely from parallel workers.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();
    private int _errorCount;

    public bool HasErrors => Volatile.Read(ref _errorCount) > 0;

    public int ErrorCount => Volatile.Read(ref _errorCount);

    public bool HasWarnings => _items.Count > ErrorCount;

    public void Add(Diagnostic diagnostic)
    {
        _items.Enqueue(diagnostic);
        if (diagnostic.IsError)
        {
            Interlocked.Increment(ref _errorCount);
        }
    }

    public void Error(string code, SourceLocation location, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Error, code, location, message, hint));

    public void Warning(string code, SourceLocation location, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Warning, code, location, message, hint));

    /// <summary>Every diagnostic once, in a stable order (file, line, column, code), whatever order the workers reported them in.</summary>
    public ImmutableArray<Diagnostic> ToSortedArray() =>
        [.. _items.Distinct().OrderBy(d => d.Location.Path, StringComparer.Ordinal)
                  .ThenBy(d => d.Location.Line)
                  .ThenBy(d => d.Location.Column)
                  .ThenBy(d => d.Code, StringComparer.Ordinal)
                  .ThenBy(d => d.Message, StringComparer.Ordinal)];
}
