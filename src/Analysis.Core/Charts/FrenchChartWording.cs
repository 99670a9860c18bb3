using System.Globalization;
using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Periods;

namespace Analysis.Core.Charts;

/// <summary>The charts' French words (<see cref="ChartWording.French"/>), in the briefing's vocabulary: an
/// actor is "cité", a story a "sujet".</summary>
internal sealed class FrenchChartWording : ChartWording
{
    private static readonly CultureInfo FrenchCulture = CultureInfo.GetCultureInfo("fr-FR");

    public override CultureInfo Culture => FrenchCulture;

    public override string TopActorsTitle => "Acteurs les plus cités";

    public override string ArticlesNamingActor => "Articles citant l’acteur";

    public override string NoActors => "Aucune donnée sur les acteurs";

    public override string TypeName(ActorType type) => type switch
    {
        ActorType.Person => "Personne",
        ActorType.Organization => "Organisation",
        ActorType.Country => "Pays",
        ActorType.Place => "Lieu",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown actor type."),
    };

    public override string Community(int community) => $"Communauté {Count(community)}";

    public override string Period(Period period) => period.Unit == PeriodUnit.All ? "ensemble du corpus" : period.Label;

    public override string ActorTimelineTitle(PeriodUnit unit) => $"Articles citant les principaux acteurs, par {Unit(unit).Lower}";

    public override string TieTimelineTitle(PeriodUnit unit) => $"Les liens les plus forts, {Unit(unit).Lower} par {Unit(unit).Lower}";

    public override string HeatmapTitle(Period period) => $"Qui est cité avec qui : {Period(period)}";

    public override string NetworkTitle(Period period) => $"Qui apparaît avec qui : {Period(period)}";

    public override string EgoTitle(string name, Period period) => $"{name} et les acteurs cités à ses côtés : {Period(period)}";

    public override string PeriodCaption(PeriodUnit unit, int shown, int withArticles, int missing)
    {
        var (name, lower, plural, feminine) = Unit(unit);
        var last = shown == 1
            ? (feminine ? "la dernière" : "le dernier")
            : $"les {Count(shown)} {(feminine ? "dernières" : "derniers")}";
        var caption = withArticles > shown
            ? $"{name} ({last} sur {Count(withArticles)} avec des articles"
            : $"{name} ({Count(shown)} avec des articles";
        if (missing == 0)
        {
            return caption + ")";
        }

        var agreement = (feminine ? "e" : string.Empty) + (missing == 1 ? string.Empty : "s");
        return $"{caption} ; {Count(missing)} {(missing == 1 ? lower : plural)} sans article entre {(feminine ? "elles" : "eux")}, non affiché{agreement})";
    }

    public override string TieTimelineCaption(CooccurrenceWindow window, TieWeight weight) =>
        $"Paires citées {InSame(window)} ; points (taille, chiffre) : {InCommon(weight)}";

    public override string HeatmapCaption(int actors, CooccurrenceWindow window, ActorOrder order) =>
        $"Les {Count(actors)} acteurs les plus forts, cités {InSame(window)} ;\n" + order switch
        {
            ActorOrder.Community => "par communauté (des lignes séparent les communautés), puis par force",
            ActorOrder.Strength => "les plus forts d’abord",
            _ => "par nom",
        };

    public override string MeasureLabel(TieMeasure measure, CooccurrenceWindow window)
    {
        var windows = window switch
        {
            CooccurrenceWindow.Sentence => "phrases",
            CooccurrenceWindow.Paragraph => "paragraphes",
            _ => "articles",
        };
        return measure switch
        {
            TieMeasure.Documents when window == CooccurrenceWindow.Document => "Articles citant les deux",
            TieMeasure.Documents => $"Articles citant les deux {InSame(window)}",
            TieMeasure.Stories => "Sujets citant les deux",
            TieMeasure.Windows => $"{char.ToUpperInvariant(windows[0])}{windows[1..]} citant les deux",
            TieMeasure.Jaccard => $"Jaccard : part des {windows} citant l’un ou l’autre qui citent les deux",
            TieMeasure.Npmi => "NPMI (−1 s’évitent, 0 hasard, 1 toujours ensemble)",
            TieMeasure.Pmi => "PMI, bits (0 = hasard)",
            _ => $"G², signé (au-delà de {Number(3.84, 2)} : significatif à 5 %)",
        };
    }

    public override string NetworkCaption(CooccurrenceWindow window, TieWeight weight, int drawn, int named)
    {
        var shown = drawn < named ? $"les {Count(drawn)} plus forts des {Count(named)} acteurs" : Actors(named);
        return $"Liens : acteurs cités {InSame(window)} ; épaisseur des liens : {InCommon(weight)} ; taille des nœuds : force ; {shown}";
    }

    public override string NoActorsBy(PeriodUnit unit) => $"Aucune donnée sur les acteurs par {Unit(unit).Lower}";

    public override string NoTiesBy(PeriodUnit unit, CooccurrenceWindow window) => $"Aucune donnée sur les liens par {Unit(unit).Lower} ({Window(window)})";

    public override string NoActorsIn(Period period, CooccurrenceWindow window) => $"Aucune donnée {In(period)} ({Window(window)})";

    public override string NoMeasureIn(TieMeasure measure, Period period, CooccurrenceWindow window) =>
        $"Aucune valeur ({Measure(measure)}) entre acteurs {In(period)} ({Window(window)})";

    public override string NoneTogether(Period period, int named, CooccurrenceWindow window) =>
        $"Aucun lien {In(period)} : {Actors(named)} {(named == 1 ? "cité" : "cités, jamais ensemble")} ({Window(window)})";

    public override string NotNamedIn(string name, Period period) => $"Aucune mention {Of(name)} {In(period)}";

    // The name on an axis, its lower-case forms, and whether it is feminine (for agreement).
    private static (string Name, string Lower, string Plural, bool Feminine) Unit(PeriodUnit unit) => unit switch
    {
        PeriodUnit.Day => ("Jour", "jour", "jours", false),
        PeriodUnit.Week => ("Semaine", "semaine", "semaines", true),
        PeriodUnit.Month => ("Mois", "mois", "mois", false),
        PeriodUnit.Quarter => ("Trimestre", "trimestre", "trimestres", false),
        PeriodUnit.Year => ("Année", "année", "années", true),
        _ => ("Période", "période", "périodes", true),
    };

    private string Actors(int count) => count == 1 ? "1 acteur" : $"{Count(count)} acteurs";

    // "en 2024-03" but "le 2024-03-05", "la semaine 2024-W10".
    private static string In(Period period) => period.Unit switch
    {
        PeriodUnit.All => "sur l’ensemble du corpus",
        PeriodUnit.Day => $"le {period.Label}",
        PeriodUnit.Week => $"la semaine {period.Label}",
        PeriodUnit.Quarter => $"au trimestre {period.Label}",
        _ => $"en {period.Label}",
    };

    // "de" elided before a vowel: "d’Assimi Goïta", "d’Ébonie", "de Bamako".
    private static string Of(string name)
    {
        var first = name.Length > 0 ? char.ToLowerInvariant(name.Normalize(System.Text.NormalizationForm.FormD)[0]) : ' ';
        return ("aeiouy".Contains(first, StringComparison.Ordinal) ? "d’" : "de ") + name;
    }

    private static string Window(CooccurrenceWindow window) => window switch
    {
        CooccurrenceWindow.Sentence => "fenêtre : la phrase",
        CooccurrenceWindow.Paragraph => "fenêtre : le paragraphe",
        _ => "fenêtre : l’article",
    };

    private static string InSame(CooccurrenceWindow window) => window switch
    {
        CooccurrenceWindow.Sentence => "dans la même phrase",
        CooccurrenceWindow.Paragraph => "dans le même paragraphe",
        _ => "dans le même article",
    };

    private static string InCommon(TieWeight weight) => weight switch
    {
        TieWeight.Windows => "fenêtres en commun",
        TieWeight.Documents => "articles en commun",
        _ => "sujets en commun",
    };

    private static string Measure(TieMeasure measure) => measure switch
    {
        TieMeasure.Documents => "articles",
        TieMeasure.Stories => "sujets",
        TieMeasure.Windows => "fenêtres",
        TieMeasure.Jaccard => "Jaccard",
        TieMeasure.Npmi => "NPMI",
        TieMeasure.Pmi => "PMI",
        _ => "G²",
    };
}
