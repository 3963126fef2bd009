using System.Collections.Immutable;
using System.Reflection;
using System.Xml.Linq;
using TrustSite.Templating;
using TrustSite.Templating.Views;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Architecture;

/// <summary>
/// Keeps the Native AOT publish of the CLI (`dotnet publish -c Release -r linux-x64`) rendering what the JIT build renders.
/// </summary>
/// <remarks>
/// The trimming and AOT analyzers (IsAotCompatible, EnableAotAnalyzer) fail the normal build on reflection the AOT compiler cannot
/// follow in our code, such as ScriptObject.Import of a lambda. What they cannot see is Scriban's own reflection over the objects a
/// template reads: it lists a view's properties through GetType(), so every type a template can reach must be kept whole by
/// src/TrustSite.Cli/TemplateTypes.xml, and it reads a dictionary through an accessor made with MakeGenericType over the key and
/// value types, which native code has only for reference types. Without these, `page.title` is an unknown member, or a menu is
/// "missing native code", in the published binary alone. A whole AOT publish takes 5 to 7 minutes here, too long for the suite.
/// </remarks>
public class NativeAotTests
{
    // What PageRenderer and the shortcodes put in front of a template: page, site, content, resource "..." (and params, a ScriptObject).
    private static readonly Type[] Roots = [typeof(PageView), typeof(SiteView), typeof(RawHtml), typeof(BufferedHtml), typeof(LayoutContent), typeof(Utf8Html), typeof(ResourceView)];

    [Fact]
    public void The_aot_descriptor_keeps_every_type_a_template_can_reach()
    {
        var descriptor = XDocument.Load(Path.Combine(RepoPaths.Root, "src", "TrustSite.Cli", "TemplateTypes.xml"));
        var assembly = descriptor.Descendants("assembly").Single(a => (string?)a.Attribute("fullname") == "TrustSite.Core");
        var namespaces = assembly.Elements("namespace").Select(n => (string)n.Attribute("fullname")!).ToHashSet(StringComparer.Ordinal);
        var types = assembly.Elements("type").Select(t => (string)t.Attribute("fullname")!).ToHashSet(StringComparer.Ordinal);

        var ours = Reachable().Where(t => t.Assembly == typeof(PageView).Assembly).ToList();
        var missing = ours.Where(t => !namespaces.Contains(t.Namespace ?? "") && !types.Contains(t.FullName!)).Select(t => t.FullName);

        Assert.Contains(typeof(ArticleCardView), ours);
        Assert.Contains(typeof(MenuItemView), ours);
        Assert.Empty(missing);
    }

    [Fact]
    public void No_dictionary_a_template_can_reach_has_a_struct_key_or_value()
    {
        var dictionaries = Reachable().Where(t => DictionaryArguments(t) is not null).ToList();
        var offenders = dictionaries.Where(t => DictionaryArguments(t)!.Any(a => a.IsValueType)).Select(t => t.ToString());

        Assert.Empty(offenders);
        Assert.Contains(dictionaries, t => t.GetGenericArguments().Last().ToString().Contains(nameof(MenuItemView), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("src/TrustSite/TrustSite.csproj", "<IsAotCompatible>true</IsAotCompatible>")]
    [InlineData("src/TrustSite.Server/TrustSite.Server.csproj", "<IsAotCompatible>true</IsAotCompatible>")]
    [InlineData("src/TrustSite.Cli/TrustSite.Cli.csproj", "<EnableAotAnalyzer>true</EnableAotAnalyzer>")]
    [InlineData("src/TrustSite.Cli/TrustSite.Cli.csproj", "<EnableTrimAnalyzer>true</EnableTrimAnalyzer>")]
    [InlineData("src/TrustSite.Cli/TrustSite.Cli.csproj", "<TrimmerRootDescriptor Include=\"TemplateTypes.xml\" />")]
    public void The_projects_keep_the_analyzers_and_the_descriptor(string project, string setting)
    {
        Assert.Contains(setting, File.ReadAllText(Path.Combine(RepoPaths.Root, project)));
    }

    /// <summary>The roots, the types of their public properties, their type arguments and element types, transitively.</summary>
    private static IReadOnlyCollection<Type> Reachable()
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(Roots);
        while (queue.TryDequeue(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }
            var next = type.GetGenericArguments().AsEnumerable();
            if (type.IsArray)
            {
                next = next.Append(type.GetElementType()!);
            }
            if (type.Assembly == typeof(PageView).Assembly)
            {
                next = next.Concat(type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.PropertyType));
            }
            foreach (var other in next.Where(t => !t.IsGenericParameter))
            {
                queue.Enqueue(other);
            }
        }
        return seen;
    }

    private static Type[]? DictionaryArguments(Type type)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>)))
        {
            return type.GetGenericArguments();
        }
        return type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>))?.GetGenericArguments();
    }
}
