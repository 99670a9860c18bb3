namespace Analysis.CorpusGenerator.Writing;

/// <summary>Sentences about diplomacy; the slots are those of <see cref="SecurityTemplates"/>.</summary>
internal static class DiplomacyTemplates
{
    public static readonly string[] Sentences =
    [
        "{P0.s} a reçu en audience {P1}, porteur d'un message de ses autorités.",
        "{P0.s} a {entamé|effectué|achevé} une visite officielle {C0.a}, où {P0.il} doit rencontrer plusieurs membres du gouvernement.",
        "Les entretiens entre {P0} et {P1} ont porté sur la relance du dialogue politique et la sécurisation des frontières communes.",
        "{C0} et {C1} ont signé à {L0} un mémorandum d'entente portant sur la libre circulation des personnes.",
        "{P0.s} a plaidé pour une « solution concertée » entre les pays de la sous-région.",
        "À l'issue de la rencontre, {P0} a estimé que les relations entre {C0} et {C1} étaient « au beau fixe ».",
        "{O0} a tenu à {L0} une session extraordinaire consacrée aux transitions politiques en cours.",
        "Le sommet {O0.de} a été marqué par l'absence remarquée de la délégation {D0}.",
        "{P0.s} a été désigné pour conduire la médiation {O0.de} entre les parties en conflit.",
        "Le gouvernement {D0} a rappelé son ambassadeur {C1.a} pour consultations après des déclarations jugées hostiles.",
        "Les autorités {D0.fp} ont salué « l'esprit de fraternité » qui a présidé aux échanges avec leurs homologues {D1.mp}.",
        "{P0.s} a transmis {P1.a} une invitation officielle pour le prochain sommet {O0.de}.",
        "Selon un communiqué conjoint, {C0} et {C1} ont décidé de rouvrir leurs frontières terrestres.",
        "{P0.s} a {dénoncé|regretté|critiqué} des « ingérences extérieures » dans les affaires intérieures {C0.de}.",
        "La diplomatie {D0} multiplie les initiatives pour sortir de l'isolement régional.",
        "{O0} a annoncé la levée partielle des sanctions visant {C0}.",
        "Les ministres réunis à {L0} ont adopté une feuille de route commune présentée par {P0}.",
        "Cette visite est la première d'un dirigeant {D0} {C1.a} depuis {plusieurs années|le changement de régime|la crise de l'an dernier}.",
        "{P0.s} a rencontré les représentants de la communauté {D0} établie {C1.a}.",
        "Devant la presse, {P0} a affirmé que {O0} restait « ouvert au dialogue ».",
        "{P0.s} a présenté ses lettres de créance {P1.a} au cours d'une cérémonie au palais présidentiel.",
        "Les deux délégations ont convenu de se retrouver {C0.a} dans les prochains mois pour évaluer les progrès réalisés.",
        "Les observateurs {O0.de} ont été déployés dans plusieurs circonscriptions autour de {L0}.",
        "Le porte-parole du gouvernement a qualifié de « constructive » la rencontre avec {P0}.",
    ];

    public static readonly string[] Headlines =
    [
        "Diplomatie : {P0.h} reçu par {P1.h}",
        "{C0.n} et {C1.n} signent un mémorandum d'entente à {L0}",
        "{O0} lève une partie des sanctions contre {C0.n}",
        "{P0.h} en visite officielle {C0.a}",
        "Médiation : {P0.h} appelle au dialogue",
        "{DIPLOMATIE|Coopération} : {C0.n} et {C1.n} rouvrent leurs frontières",
    ];
}
