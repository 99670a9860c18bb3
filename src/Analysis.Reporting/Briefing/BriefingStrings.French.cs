using System.Globalization;

namespace Analysis.Reporting.Briefing;

/// <summary>The French strings.</summary>
public sealed partial record BriefingStrings
{
    /// <summary>French (<c>--lang fr</c>).</summary>
    public static BriefingStrings French { get; } = new()
    {
        Culture = CultureInfo.GetCultureInfo("fr-FR"),
        Code = "fr",
        DefaultTitle = "Qui apparaît avec qui : {0}",
        Subtitle = "Note sur les cooccurrences d’acteurs dans la presse",
        PeriodCovered = "Période couverte",
        Articles = "Articles",
        Outlets = "Médias",
        Stories = "Sujets",
        Generated = "Produit le",
        Counting = "Liens comptés dans un même {1}, période par période ({0}), pondérés par sujets.",
        NoDates = "aucun article daté",
        Contents = "Sommaire",
        Findings = "Principaux constats",
        Actors = "Acteurs",
        Cooccurrence = "Cooccurrences dans le temps",
        Focus = "Gros plan : {0}",
        Method = "Méthode et limites",
        Annexes = "Annexes",
        Sources = "Sources",
        Ingest = "Rapport de chargement",
        Discovered = "Acteurs découverts à vérifier",
        Changes = "Ce qui a changé d’une période à l’autre",
        StrongestTies = "Les liens les plus forts et leurs preuves",
        FindCentral = "{0} est l’acteur le plus central : cité avec {1} autres acteurs, dans {2} articles. Viennent ensuite {3}.",
        FindStrongest = "Le lien le plus fort unit {0} et {1} : cités ensemble dans {2} articles ({3} sujets). Viennent ensuite {4}.",
        FindAppeared = "De {0} à {1}, {2} liens sont apparus, dont {3}.",
        FindVanished = "De {0} à {1}, {2} liens ne sont plus rapportés, dont {3}.",
        FindEmerged = "Cités pour la première fois en {0} : {1}.",
        FindTitle = "{0} est désigné comme {1} à partir de {2} (auparavant : {3}).",
        FindCoverage = "Le corpus compte {0} articles, regroupés en {2} sujets ; médias identifiés : {1}.",
        FindGaps = "Absents des chronologies : articles non datés, {0} ; fichiers non chargés, {1} (voir le rapport de chargement).",
        FindMostReported = "Les acteurs les plus cités sont {0}.",
        NoFindings = "Le corpus est trop petit pour des constats sur les liens : aucun article ne cite deux acteurs.",
        And = "et",
        ActorsIntro = "Les acteurs cités dans le plus grand nombre d’articles, avec leur fréquence et leurs dates. Les titres sont ceux que leur donnent les articles, datés par le premier article qui les emploie.",
        CooccurrenceIntro = "Deux acteurs sont en cooccurrence lorsqu’ils sont cités dans un même {0}. Les liens sont comptés par {1} et pondérés par sujets : un événement repris par dix médias compte une fois.",
        FocusIntro = "{0} : les acteurs cités dans les mêmes articles, et leur fréquence, période par période.",
        ActorColumns = ["Acteur", "Type", "Pays", "Articles", "Mentions", "Première citation", "Dernière citation", "Titres successifs"],
        TieColumns = ["Lien", "Articles", "Sujets", "NPMI", "G²", "Preuve"],
        ChangeColumns = ["De", "À", "Liens nouveaux", "Renforcés", "Affaiblis", "Liens perdus", "Acteurs nouveaux", "Acteurs absents", "Titres changés"],
        SourceColumns = ["n°", "Titre", "Média", "Date", "Fichier"],
        IngestColumns = ["Statut", "Fichiers", "Fichier", "Motif"],
        DiscoveredColumns = ["Nom", "Type", "Articles", "Mentions", "Première citation"],
        HeatmapCaption = "Qui est cité avec qui : {0}. Chaque case compte les articles qui citent les deux acteurs.",
        NetworkCaption = "Le réseau des liens : {0}. La taille suit la force, la couleur la communauté.",
        TieTimelineCaption = "Quand les liens les plus forts ont été rapportés, période par période.",
        ActorTimelineCaption = "Articles citant les acteurs les plus cités, période par période.",
        TopActorsCaption = "Les acteurs les plus cités, en nombre d’articles.",
        EgoCaption = "{0} et les acteurs cités avec lui ou elle.",
        FocusTimelineCaption = "Articles citant {0} et les acteurs les plus souvent cités avec lui ou elle, période par période.",
        FigureSource = "Source : {0} articles ; liens dans un même {1}, pondérés par {2}.",
        HeatmapsOmitted = "Les matrices des {0} périodes les plus récentes sont présentées ; le dossier charts/ contient les {1}.",
        TableCut = "Les {0} premières lignes sur {1} sont présentées ; {2} les contient toutes.",
        MethodParagraphs =
        [
            "Les articles sont lus dans le dossier du corpus, décodés, débarrassés de l’habillage des pages web (menus, boutons de partage, liens connexes) et datés d’après leurs métadonnées ou leur texte ; chaque date garde sa précision (jour, mois ou année). Les doublons exacts ou proches sont écartés.",
            "Les acteurs sont repérés grâce à un dictionnaire de {4} personnes, organisations et pays du Sahel (noms, variantes, sigles, gentilés, titres), et par découverte : un nom propre introduit par un titre ou une fonction (« le ministre X ») devient un acteur découvert ({5} ici), listé en annexe pour vérification.",
            "Deux acteurs sont en cooccurrence lorsqu’ils sont cités dans un même {0} ; les comptes par phrase et par paragraphe figurent aussi dans data/cooccurrence.csv. Les liens sont comptés par {1} et pour l’ensemble du corpus. Les articles consacrés au même événement à quelques jours d’intervalle forment {3} sujets, et les liens sont pondérés par sujets : la large couverture d’un seul événement ne passe pas pour plusieurs. Un lien doit apparaître dans au moins {2} article(s) d’une période pour être retenu.",
            "Mesures : les articles et les sujets comptent la fréquence des citations communes ; la NPMI (de −1 à 1) dit combien c’est plus fréquent que le hasard, le G² avec quelle certitude. La centralité est l’intermédiarité dans le réseau de la période ; les communautés sont trouvées par la méthode de Louvain.",
        ],
        Limits =
        [
            "Articles non datés : {0}. Ils comptent pour l’ensemble du corpus mais pour aucune période.",
            "Fichiers non chargés : {1} ; doublons écartés : {2} (voir le rapport de chargement).",
            "Articles datés hors de l’intervalle demandé : {3} ; datés trop imprécisément pour la période choisie : {4}. Les uns et les autres sont exclus des périodes.",
            "Une cooccurrence n’est pas une relation : deux acteurs cités dans un même article peuvent être alliés, adversaires ou simplement énumérés. Lisez les preuves.",
            "La presse couvre ce qu’elle choisit : un lien non rapporté n’est pas un lien absent. Médias, langues et périodes sont inégalement couverts.",
        ],
        Footer = "page {0} sur {1}",
        Whole = "ensemble du corpus",
        Terms = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["person"] = "personne", ["organization"] = "organisation", ["country"] = "pays", ["place"] = "lieu",
            ["sentence"] = "phrase", ["paragraph"] = "paragraphe", ["document"] = "article",
            ["day"] = "jour", ["week"] = "semaine", ["month"] = "mois", ["quarter"] = "trimestre", ["year"] = "année", ["all"] = "ensemble du corpus",
            ["stories"] = "sujets", ["documents"] = "articles", ["windows"] = "fenêtres",
            ["loaded"] = "chargé", ["duplicate"] = "doublon", ["skipped"] = "ignoré",
            ["rank"] = "grade", ["office"] = "fonction",
        },
    };
}
