namespace Analysis.CorpusGenerator.Writing;

/// <summary>Page furniture of the kinds the library recognises (see the library's boilerplate-phrases.tsv).</summary>
internal static class Boilerplate
{
    public static readonly string[][] Menus =
    [
        ["Accueil", "Actualités"],
        ["Aller au contenu", "Menu", "Rechercher"],
        ["À la une"],
        ["Accueil › {Rubrique} › {Sous-rubrique}"],
        ["Menu", "Accueil", "Se connecter"],
    ];

    public static readonly string[] Sections = ["Politique", "Sécurité", "Économie", "International", "Société", "Défense"];

    public static readonly string[] RelatedLabels = ["A LIRE AUSSI : ", "À lire aussi : ", "Lire aussi : ", "A lire également : "];

    public static readonly string[] Advertisements = ["Publicité", "Advertisement", "Contenu sponsorisé", "Annonce"];

    public static readonly string[][] Shares =
    [
        ["Partager", "Facebook", "Twitter", "WhatsApp"],
        ["Partagez cet article"],
        ["Partager sur Facebook", "Partager sur X", "Imprimer"],
        ["Share this", "Tweet", "Email"],
    ];

    public static readonly string[][] CommentForms =
    [
        ["Laisser un commentaire", "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *"],
        ["Laisser une réponse", "Annuler la réponse", "Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire."],
        ["Réagir", "Vous devez être connecté pour publier un commentaire."],
    ];

    public static readonly string[] Cookies =
    [
        "Ce site utilise des cookies pour améliorer votre expérience de navigation.",
        "Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site.",
        "Nous respectons votre vie privée",
    ];

    public static readonly string[] Blurbs =
    [
        "{outlet} est un journal {d} en ligne qui vous tient informé 24h/24.",
        "{outlet} est un quotidien {d} d'information générale.",
        "{outlet} est un site d'information {d} indépendant, fondé par des journalistes.",
    ];

    public static readonly string[] Subscriptions = ["Abonnez-vous à notre newsletter", "Recevez nos newsletters", "S'abonner"];
}
