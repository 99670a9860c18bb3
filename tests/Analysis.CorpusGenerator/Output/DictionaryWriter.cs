using System.Text;
using Analysis.CorpusGenerator.Universe;

namespace Analysis.CorpusGenerator.Output;

/// <summary>
/// Writes the universe as an actor dictionary in the schema of the library's sahel-actors.yaml (loaded
/// with <c>--actors</c>), and the alias lists of the baselines: aliases.txt, one surface form a line in
/// every case variant (for <c>grep -F -w -f</c>), and aliases.tsv, the same forms with their actor id.
/// </summary>
internal static class DictionaryWriter
{
    public static void WriteYaml(ActorUniverse universe, ulong seed, string path)
    {
        var yaml = new StringBuilder();
        yaml.Append("# Synthetic actors of a generated corpus (seed ").Append(seed).Append(").\n")
            .Append("# Written by tests/Analysis.CorpusGenerator; ids start with \"g-\" so none replaces a built-in actor.\n")
            .Append("# No roles: the generated prose never refers to a person by office alone.\n")
            .Append("actors:\n");
        foreach (var country in universe.Countries)
        {
            Entry(yaml, country, null, [country.Republic], [], country.Demonyms.Distinct(StringComparer.Ordinal));
        }

        foreach (var place in universe.Places)
        {
            Entry(yaml, place, place.Country.Id, [], [], []);
        }

        foreach (var person in universe.Persons)
        {
            Entry(yaml, person, person.Country.Id, person.Variant is { } v ? [v] : [], [], []);
        }

        foreach (var organization in universe.Organizations)
        {
            Entry(yaml, organization, organization.Country?.Id, [], [organization.Acronym], []);
        }

        File.WriteAllText(path, yaml.ToString(), new UTF8Encoding(false));
    }

    public static void WriteAliases(ActorUniverse universe, string textPath, string tablePath)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var text = new StringBuilder();
        var table = new StringBuilder("surface\tactor_id\ttype\n");
        foreach (var (form, actor, acronym) in Forms(universe))
        {
            var variants = acronym
                ? [form]
                : new[] { form, form.ToLowerInvariant(), form.ToUpperInvariant(), Phrases.WithoutAccents(form) };
            foreach (var variant in variants.SelectMany(v => new[] { v, v.Replace('\'', '’') }))
            {
                if (seen.Add(variant))
                {
                    text.Append(variant).Append('\n');
                    table.Append(variant).Append('\t').Append(actor.Id).Append('\t').Append(actor.Type).Append('\n');
                }
            }
        }

        File.WriteAllText(textPath, text.ToString(), new UTF8Encoding(false));
        File.WriteAllText(tablePath, table.ToString(), new UTF8Encoding(false));
    }

    private static IEnumerable<(string Form, GeneratedActor Actor, bool Acronym)> Forms(ActorUniverse universe)
    {
        foreach (var actor in universe.All)
        {
            yield return (actor.Name, actor, false);
            switch (actor)
            {
                case Country country:
                    yield return (country.Republic, actor, false);
                    foreach (var demonym in country.Demonyms)
                    {
                        yield return (demonym, actor, false);
                    }

                    break;
                case Person { Variant: { } variant }:
                    yield return (variant, actor, false);
                    break;
                case Organization organization:
                    yield return (organization.Acronym, actor, true);
                    break;
            }
        }
    }

    private static void Entry(StringBuilder yaml, GeneratedActor actor, string? country, IEnumerable<string> aliases, IEnumerable<string> acronyms, IEnumerable<string> demonyms)
    {
        yaml.Append("\n  - id: ").Append(actor.Id).Append('\n')
            .Append("    name: ").Append(Quote(actor.Name)).Append('\n')
            .Append("    type: ").Append(actor.Type).Append('\n');
        if (country is not null)
        {
            yaml.Append("    country: ").Append(country).Append('\n');
        }

        List("aliases", aliases);
        List("acronyms", acronyms);
        List("demonyms", demonyms);

        void List(string key, IEnumerable<string> values)
        {
            var items = values.ToList();
            if (items.Count > 0)
            {
                yaml.Append("    ").Append(key).Append(": [").AppendJoin(", ", items.Select(Quote)).Append("]\n");
            }
        }
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
