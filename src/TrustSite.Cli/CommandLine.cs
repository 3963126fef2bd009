namespace TrustSite.Cli;

/// <summary>A command line split into the command, its options (--name value or --flag) and its positional arguments.</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private CommandLine(string? command, List<string> positional)
    {
        Command = command;
        Positional = positional;
    }

    public string? Command { get; }

    public IReadOnlyList<string> Positional { get; }

    /// <summary>Parses arguments; options listed in <paramref name="flags"/> take no value.</summary>
    public static CommandLine Parse(IReadOnlyList<string> args, ISet<string> flags, out string? error)
    {
        error = null;
        var positional = new List<string>();
        string? command = null;
        var options = new List<(string, string?)>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var equals = arg.IndexOf('=');
                var name = equals > 0 ? arg[2..equals] : arg[2..];
                if (equals > 0)
                {
                    options.Add((name, arg[(equals + 1)..]));
                }
                else if (flags.Contains(name))
                {
                    options.Add((name, null));
                }
                else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    options.Add((name, args[++i]));
                }
                else
                {
                    options.Add((name, null));
                }
            }
            else if (arg is "-h")
            {
                options.Add(("help", null));
            }
            else if (command is null)
            {
                command = arg;
            }
            else
            {
                positional.Add(arg);
            }
        }
        var line = new CommandLine(command, positional);
        foreach (var (name, value) in options)
        {
            if (!line._options.TryAdd(name, value))
            {
                error = $"--{name} is given twice";
            }
        }
        return line;
    }

    public bool Has(string name)
    {
        _read.Add(name);
        return _options.ContainsKey(name);
    }

    public string? Value(string name)
    {
        _read.Add(name);
        return _options.TryGetValue(name, out var value) ? value : null;
    }

    /// <summary>Options given but never asked for: typos such as --ouput.</summary>
    public IEnumerable<string> Unread => _options.Keys.Where(k => !_read.Contains(k)).Order(StringComparer.Ordinal);
}
