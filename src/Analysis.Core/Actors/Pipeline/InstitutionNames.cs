using Analysis.Core.Actors.Matching;

namespace Analysis.Core.Actors.Pipeline;

/// <summary>
/// Names of institutions the dictionary cannot list one by one: a capitalised head noun ("Ministère",
/// "Direction", "Conseil", "Police", "Parti", "Cour"…) and its complement, as long as the complement is
/// capitalised words, connectors, or the few lower-case words institutional names are made of
/// ("Conseil des ministres", "Police nationale", "Direction régionale des droits humains du Centre-Nord",
/// "Cour de justice de la CEDEAO"). The complement must end on such a word, so a name never trails
/// into the sentence ("le Conseil a décidé" gives nothing). In a line written in capitals (a headline,
/// a crosshead) a capital says nothing, so there the complement is only connectors, those words and known
/// organizations or countries: "LE MOUVEMENT REVENDIQUE L'EMBUSCADE" gives nothing, "LE CONSEIL NATIONAL
/// DE LA TRANSITION" gives the council.
/// </summary>
internal static class InstitutionNames
{
    private const int MaxWords = 14;

    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal)
    {
        "ministere", "ministry", "direction", "conseil", "council", "police", "gendarmerie", "garde", "brigade", "bataillon",
        "regiment", "parti", "party", "institut", "institute", "banque", "bank", "cour", "court", "tribunal", "agence",
        "agency", "commission", "comite", "committee", "assemblee", "assembly", "mouvement", "movement", "front",
        "rassemblement", "coordination", "collectif", "observatoire", "fondation", "foundation", "association", "universite",
        "autorite", "authority", "forces", "force", "haut", "haute",
    };

    // French writes ministries in lower case ("le ministère de la Défense"): the capitalised complement marks the name.
    private static readonly HashSet<string> LowerCaseHeads = new(StringComparer.Ordinal) { "ministere", "ministry" };

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "de", "des", "du", "d", "la", "l", "le", "les", "et", "pour", "of", "the", "for", "and", "on", "en", "a", "au", "aux",
    };

    // Lower-case words of institutional names (folded). Anything else lower case ends the name.
    private static readonly HashSet<string> Vocabulary = new(StringComparer.Ordinal)
    {
        "national", "nationale", "nationaux", "nationales", "regional", "regionale", "general", "generale", "central", "centrale",
        "constitutionnelle", "supreme", "superieur", "superieure", "special", "speciale", "speciales", "militaire", "militaires",
        "islamique", "africain", "africaine", "populaire", "patriotique", "democratique", "republicain", "republicaine", "social",
        "sociale", "democrate", "unifiee", "conjointe", "ministres", "humains", "droits", "intervention", "rapide", "infanterie",
        "commando", "justice", "securite", "defense", "transition", "paix", "reconciliation", "developpement", "communication",
        "cooperation", "affaires", "etrangeres", "interieur", "combattants", "anciens", "administration", "territoriale",
        "protection", "civile", "civil", "electorale", "independante", "permanent", "permanente", "executif", "executive",
        "armees", "armee", "legislative", "sauvegarde", "patrie", "renseignement", "renseignements", "publique", "etat",
    };

    /// <summary>The institution names of the text, as (first word, last word), over words <paramref name="usable"/>
    /// accepts, starting at a head word <paramref name="canHead"/> accepts.</summary>
    public static IEnumerable<(int First, int Last)> FindAll(TokenList tokens, Func<int, bool> usable, Func<int, bool> canHead, Func<int, int> mentionEndingFrom)
    {
        // Worked out at the first capitalised complement word: most articles have no head noun at all.
        bool[]? shouted = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var head = tokens.Folded(i);
            var lowerCase = !char.IsUpper(tokens.Word(i)[0]);
            if (!usable(i) || !canHead(i) || !Heads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(head) || (lowerCase && !LowerCaseHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(head)))
            {
                continue;
            }

            var capitalised = false;
            var last = i;
            var end = i;
            while (end - i < MaxWords && tokens.JoinsNext(end))
            {
                var next = end + 1;
                if (!usable(next))
                {
                    // A known organization or country closes the name: "Cour de justice de la CEDEAO".
                    var mentionEnd = mentionEndingFrom(next);
                    if (mentionEnd >= 0 && Connectors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens.Folded(end)))
                    {
                        last = mentionEnd;
                    }

                    break;
                }

                var folded = tokens.Folded(next);
                if (Connectors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded))
                {
                    end = next;
                    continue;
                }

                var capital = char.IsUpper(tokens.Word(next)[0]) && !(shouted ??= NameWords.ShoutedWords(tokens))[next];
                if (!capital && !Vocabulary.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded))
                {
                    break;
                }

                capitalised |= capital;
                end = last = next;
            }

            if (last > i && (capitalised || !lowerCase))
            {
                yield return (i, last);
                i = last;
            }
        }
    }
}
