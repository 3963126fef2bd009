namespace TrustSite.Cli;

/// <summary>What the error stream can show: colour and progress only on a terminal, and no colour when NO_COLOR is set (no-color.org).</summary>
/// <param name="UseColor">Paint severities and carets with ANSI colours.</param>
/// <param name="ShowProgress">Rewrite a progress line in place with '\r'; never in a file or a CI log.</param>
public sealed record ConsoleStyle(bool UseColor, bool ShowProgress)
{
    /// <summary>The style for <paramref name="stderr"/>: a terminal only when it is the process's own error stream, not redirected.</summary>
    public static ConsoleStyle For(TextWriter stderr, Func<string, string?> environment) =>
        Decide(ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected, environment);

    /// <summary>The rule itself: NO_COLOR with any value but the empty one turns colour off; so does TERM=dumb.</summary>
    public static ConsoleStyle Decide(bool isTerminal, Func<string, string?> environment) =>
        new(isTerminal && string.IsNullOrEmpty(environment("NO_COLOR")) && environment("TERM") != "dumb", isTerminal);
}
