namespace Analysis.CorpusGenerator.Writing;

/// <summary>
/// Sentences about security. Slots: {P0.s} a person as subject, {P0} a person, {P0.de}/{P0.a} with "de"/"à";
/// {O0}, {O0.de}, {O0.a} an organization; {C0}, {C0.de}, {C0.a}, {C0.n} a country; {D0}, {D0.fs},
/// {D0.mp}, {D0.fp} its demonym; {L0} a town; {a|b|c} one of the words.
/// </summary>
internal static class SecurityTemplates
{
    public static readonly string[] Sentences =
    [
        "{P0.s} a {conduit|dirigé|présidé} {mardi|mercredi|jeudi|samedi} à {L0} une réunion consacrée à la situation sécuritaire dans l'est {C0.de}.",
        "Selon {P0}, les unités déployées autour de {L0} ont {repoussé|neutralisé|dispersé} plusieurs colonnes d'assaillants au cours des derniers jours.",
        "{P0.s} a {salué|félicité} le courage des soldats {D0.mp} engagés dans la reconquête des localités {abandonnées|désertées} depuis des mois.",
        "« Nous ne céderons pas un centimètre de notre territoire », a {martelé|lancé|assuré} {P0} devant les troupes réunies à {L0}.",
        "L'armée {D0.fs} affirme avoir {détruit|démantelé} une base logistique des groupes armés dans la zone de {L0}.",
        "Les autorités {D0.fp} ont décrété un couvre-feu dans la région de {L0} après une série d'attaques contre des postes avancés.",
        "{O0} a revendiqué l'embuscade tendue {lundi|mardi|vendredi} à une patrouille près de {L0}, selon plusieurs sources locales.",
        "Les combattants {O0.de} auraient {attaqué|encerclé|harcelé} un convoi de ravitaillement sur l'axe menant à {L0}.",
        "{P0.s} et {P1} ont {passé en revue|examiné|évalué} les opérations conjointes menées le long de la frontière entre {C0} et {C1}.",
        "Une délégation conduite par {P0} s'est rendue à {L0} pour rencontrer les chefs coutumiers et les responsables de la sécurité.",
        "{C0} et {C1} ont convenu de mutualiser leurs moyens aériens pour {sécuriser|surveiller|contrôler} les zones frontalières.",
        "D'après {P0}, la coopération avec {C0} permet désormais d'échanger des renseignements en temps réel.",
        "{P0.s} a annoncé le déploiement de nouveaux drones de surveillance dans le nord {C0.de}.",
        "Plusieurs cadres {O0.de} ont été {interpellés|arrêtés|capturés} lors d'une opération menée à l'aube près de {L0}.",
        "Les éléments {O0.de} ont accepté de déposer les armes à l'issue de pourparlers facilités par {P0}.",
        "Dans un communiqué, {O0} dément toute implication dans l'attaque du poste de {L0}.",
        "Le bilan de l'attaque de {L0}, communiqué par {P0}, fait état de plusieurs blessés parmi les soldats.",
        "{P0.s} a {exhorté|appelé|invité} les populations de {L0} à collaborer avec les unités déployées dans la zone.",
        "Les soldats {D0.mp} et {D1.mp} patrouillent désormais ensemble sur les axes reliant {L0} à {L1}.",
        "Les forces {D0.fp} disent avoir récupéré des motos, des armes et des moyens de communication lors de l'opération.",
        "Le commandement de l'opération a été confié {P0.a}, qui rend compte directement {P1.a}.",
        "{P0.s} a reçu à {L0} une délégation {O0.de} venue plaider pour un cessez-le-feu local.",
        "Des sources sécuritaires {D0.fp} évoquent un repli des assaillants vers les massifs situés au sud de {L0}.",
        "La montée en puissance {O0.de} inquiète les autorités {D0.fp}, qui redoutent une extension des violences vers {L0}.",
        "{P0.s} a inspecté les nouvelles installations militaires de {L0}, construites avec l'appui {C0.de}.",
        "{O0} et {O1} se disputent le contrôle des routes commerciales autour de {L0}, selon un rapport récent.",
        "Les habitants de {L0} rapportent des tirs nourris pendant {plusieurs heures|une bonne partie de la nuit|toute la matinée}.",
        "Pour {P0}, la priorité reste la protection des civils et le retour des déplacés dans leurs villages.",
        "L'état-major {D0} a confirmé la mort de plusieurs soldats dans l'explosion d'un engin artisanal près de {L0}.",
        "Un accord de défense signé entre {C0} et {C1} prévoit des exercices conjoints et la formation de pilotes.",
        "{P0.s} a remis des décorations à des soldats qui se sont illustrés lors des combats de {L0}.",
        "Le procès de plusieurs membres présumés {O0.de} s'est ouvert devant le tribunal militaire de {L0}.",
    ];

    public static readonly string[] Headlines =
    [
        "{Sécurité|SÉCURITÉ} : {C0.n} et {C1.n} renforcent leur coopération militaire",
        "Attaque près de {L0} : {O0} revendique l'embuscade",
        "{P0.h} en visite auprès des troupes à {L0}",
        "{C0.n} : l'armée annonce une vaste opération autour de {L0}",
        "Défense : {P0.h} et {P1.h} font le point sur la situation aux frontières",
        "{O0} : des cadres arrêtés près de {L0}",
        "Couvre-feu à {L0} après une série d'attaques",
    ];
}
