namespace Analysis.CorpusGenerator.Writing;

/// <summary>Sentences about the economy; the slots are those of <see cref="SecurityTemplates"/>.</summary>
internal static class EconomyTemplates
{
    public static readonly string[] Sentences =
    [
        "{P0.s} a présenté à {L0} le nouveau plan de relance de la filière agricole.",
        "{O0} a annoncé une hausse de sa production au premier semestre, portée par la demande régionale.",
        "La {banque|société|compagnie} publique {D0} a conclu un accord de financement avec {O0} pour la construction d'une centrale solaire.",
        "{P0.s} a {inauguré|visité|lancé} le chantier de la route reliant {L0} à {L1}, dont le coût dépasse plusieurs milliards de francs CFA.",
        "Selon {P0}, la croissance {D0.fs} devrait {ralentir|rebondir|se maintenir} cette année en raison de la conjoncture.",
        "Les exportations {D0.fp} d'or et de coton ont {progressé|reculé} au cours du dernier trimestre.",
        "{O0} et {O1} ont signé une convention pour l'exploitation d'un nouveau gisement près de {L0}.",
        "{P0.s} a {exhorté|appelé} les opérateurs économiques à respecter la réglementation sur les prix des denrées de première nécessité.",
        "Le conseil des ministres {D0} a adopté un projet de loi sur le contenu local dans le secteur minier.",
        "Les commerçants de {L0} dénoncent la hausse des taxes sur les produits importés {C0.de}.",
        "{C0} et {C1} ont convenu de relancer le projet de corridor ferroviaire qui doit desservir {L0}.",
        "Le directeur {O0.de} a assuré que les arriérés dus aux fournisseurs seraient apurés d'ici la fin de l'année.",
        "{P0.s} a rencontré les partenaires techniques et financiers pour discuter du financement du budget.",
        "Le prix du carburant à la pompe a augmenté à {L0}, provoquant la colère des transporteurs.",
        "Une mission {O0.de} séjourne {C0.a} pour évaluer les besoins en infrastructures énergétiques.",
        "{P0.s} a reconnu que les délestages pénalisaient fortement les petites entreprises de {L0}.",
        "La production céréalière {D0.fs} est attendue en hausse grâce à une bonne pluviométrie.",
        "Le gouvernement {D0} veut porter la part des recettes minières à un niveau inédit, a indiqué {P0}.",
        "{O0} a obtenu un prêt destiné à moderniser les usines d'égrenage de {L0}.",
        "Les investisseurs {D0.mp} sont de plus en plus présents {C1.a}, notamment dans les télécommunications.",
        "Pour {P0}, la transformation locale des matières premières reste « la clé de la souveraineté économique ».",
        "Les syndicats de {L0} menacent de déclencher une grève si les salaires ne sont pas revalorisés.",
    ];

    public static readonly string[] Headlines =
    [
        "Économie : {P0.h} présente un plan de relance",
        "Mines : {O0} signe une convention d'exploitation près de {L0}",
        "{C0.n} : la croissance attendue en hausse selon {P0.h}",
        "{ÉCONOMIE|Énergie} : {O0} décroche un financement pour une centrale solaire",
        "Corridor ferroviaire : {C0.n} et {C1.n} relancent le projet",
    ];
}
