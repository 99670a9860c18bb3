namespace Analysis.CorpusGenerator.Writing;

/// <summary>Sentences that name no actor (a town at most): the context and padding of every article.</summary>
internal static class GeneralTemplates
{
    public static readonly string[] Sentences =
    [
        "La situation reste {préoccupante|tendue|fragile} dans plusieurs localités de la région de {L0}.",
        "Les habitants de {L0} disent attendre des mesures concrètes depuis {plusieurs mois|des années|le début de la crise}.",
        "Sur le terrain, les témoignages recueillis {auprès des habitants|par nos correspondants|auprès des élus locaux} restent contrastés.",
        "Plusieurs organisations de la société civile ont salué cette initiative, tout en appelant à la vigilance.",
        "Des milliers de personnes ont dû quitter leurs villages ces derniers mois pour se réfugier dans les centres urbains.",
        "Les écoles de la zone sont fermées depuis {la rentrée|plusieurs semaines|le mois dernier}, faute de sécurité.",
        "Les prix des produits de première nécessité ont fortement augmenté sur les marchés de {L0}.",
        "Les routes secondaires restent impraticables pendant la saison des pluies, ce qui complique l'acheminement de l'aide.",
        "La rencontre s'est tenue à huis clos, en présence de plusieurs responsables régionaux.",
        "Aucun bilan officiel n'avait été communiqué {à l'heure où nous mettions sous presse|en fin de journée|jeudi soir}.",
        "Les observateurs restent prudents quant à la mise en œuvre effective de ces engagements.",
        "Dans les rues de {L0}, l'annonce a été accueillie avec un mélange d'espoir et de scepticisme.",
        "Les chefs traditionnels de la localité ont joué un rôle déterminant dans l'apaisement des tensions.",
        "Les discussions devraient se poursuivre dans les prochaines semaines au niveau des experts.",
        "Une cérémonie de clôture a réuni les autorités administratives, les leaders religieux et les représentants des jeunes.",
        "Selon des sources concordantes, la décision a été prise après de longues consultations.",
        "Les transporteurs de la ligne {L0}-{L1} réclament davantage d'escortes sur les tronçons les plus exposés.",
        "Les femmes commerçantes de {L0} se disent les premières victimes de la fermeture des marchés hebdomadaires.",
        "Le marché de bétail de {L0}, l'un des plus importants de la zone, tourne au ralenti.",
        "Les agents de santé communautaires poursuivent leur travail malgré les difficultés d'accès.",
        "Plusieurs élus locaux ont réclamé un meilleur partage des informations avec les communes.",
        "Ce dossier sera de nouveau examiné lors de la prochaine session du conseil des ministres.",
        "La question du financement n'a toutefois pas été tranchée.",
        "Des travaux de réhabilitation du centre de santé de {L0} sont annoncés pour la fin de l'année.",
        "La radio communautaire de {L0} a relayé les consignes de sécurité dans les langues locales.",
        "Les jeunes de la commune ont organisé une marche pour réclamer davantage d'emplois.",
        "Les partenaires humanitaires signalent une hausse des besoins alimentaires dans la zone.",
        "Le calendrier de mise en œuvre doit être précisé dans un décret.",
    ];

    /// <summary>Quotes and closing sentences: "« … », conclut-il."</summary>
    public static readonly string[] Closings =
    [
        "« Le chemin est encore long, mais nous avançons », {résume|confie|observe} un responsable local.",
        "« Nous attendons des actes, pas seulement des promesses », {lance|souligne} un habitant de {L0}.",
        "Affaire à suivre.",
        "Une nouvelle rencontre est prévue d'ici la fin du mois à {L0}.",
        "Les conclusions de la mission doivent être rendues publiques dans les prochains jours.",
    ];
}
