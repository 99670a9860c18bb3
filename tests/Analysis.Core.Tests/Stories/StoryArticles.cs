using Analysis.Core.Actors;
using Analysis.Core.Corpus;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Stories;

/// <summary>
/// Short articles written for the story tests, each a plausible report of a Sahel event; several report
/// the same event in other words, as a second outlet would.
/// </summary>
internal static class StoryArticles
{
    // One extractor per thread: test classes run in parallel, and an extractor's registry of discovered names is not shared-safe.
    private static readonly ThreadLocal<ActorExtractor> Extractor = new(() => new ActorExtractor());

    // The AES summit of Niamey: a political event naming Mali and Goïta.
    public const string Summit = """
        [title] Sommet de l'AES à Niamey : les chefs d'État adoptent le traité de la Confédération
        Réunis en sommet ce samedi à Niamey, les chefs d'État de l'Alliance des États du Sahel ont signé le traité instituant la Confédération des États du Sahel.
        Le président de la Transition malienne, le général Assimi Goïta, a été désigné président de la Confédération pour un an.
        Dans leur communiqué final, les dirigeants du Mali, du Niger et du Burkina Faso annoncent une banque confédérale d'investissement et un passeport commun.
        """;

    // An attack near Gao the same day: another event, also naming Mali and Goïta.
    public const string ConvoyAttack = """
        [title] Mali : un convoi de l'armée attaqué près de Gao
        Un convoi de ravitaillement des Forces armées maliennes est tombé dans une embuscade ce samedi sur l'axe reliant Gao à Ansongo.
        Selon des sources sécuritaires, l'attaque a été revendiquée par l'État islamique au Sahel et a fait plusieurs morts parmi les soldats et les chauffeurs civils.
        Le président de la Transition, le général Assimi Goïta, a présenté ses condoléances aux familles et ordonné une escorte renforcée des convois dans la région de Gao.
        """;

    // The delivery of two Su-25 at Sénou, as a first outlet reports it.
    public const string AircraftDelivery = """
        [title] Mali : l'armée de l'air réceptionne deux avions de combat Su-25
        L'armée de l'air malienne a réceptionné samedi, sur la base aérienne 101 de Sénou à Bamako, deux avions d'attaque au sol Su-25 livrés par la Russie.
        La cérémonie s'est tenue en présence du président de la Transition, le général Assimi Goïta, et du ministre de la Défense, le général Sadio Camara.
        Ces appareils doivent renforcer l'appui aérien des unités engagées contre les groupes terroristes dans le centre et le nord du pays.
        """;

    // The same delivery, reworded by a second outlet.
    public const string AircraftDeliveryRewritten = """
        [title] Deux nouveaux Sukhoï Su-25 pour les FAMa
        Bamako a accueilli deux avions de combat Su-25 de fabrication russe, remis aux Forces armées maliennes lors d'une cérémonie sur la base 101 de Sénou.
        Le chef de l'État, Assimi Goïta, entouré du ministre de la Défense Sadio Camara, a inspecté les appareils et salué la montée en puissance de l'aviation militaire.
        Selon l'état-major, ces avions appuieront les opérations au sol contre les terroristes.
        """;

    // The same delivery, from a monthly round-up that gives no day.
    public const string AircraftDeliveryMonthly = """
        [title] Les FAMa reçoivent des Su-25 russes
        Deux appareils Su-25 ont été réceptionnés ce mois-ci à la base aérienne de Sénou, à Bamako, lors d'une cérémonie présidée par le général Assimi Goïta.
        Le ministre de la Défense Sadio Camara a rappelé que ces avions de combat, livrés par la Russie, serviront à l'appui aérien des troupes au sol.
        """;

    // A near-copy of the first report, headline and last sentence changed, as a site that dropped the date would repost it.
    public const string AircraftDeliveryNearCopy = """
        [title] L'armée de l'air malienne réceptionne deux Su-25
        L'armée de l'air malienne a réceptionné samedi, sur la base aérienne 101 de Sénou à Bamako, deux avions d'attaque au sol Su-25 livrés par la Russie.
        La cérémonie s'est tenue en présence du président de la Transition, le général Assimi Goïta, et du ministre de la Défense, le général Sadio Camara.
        Ces appareils renforceront l'appui aérien des unités engagées contre les groupes terroristes.
        """;

    // Same theme (Malian air power, the same ministers), but no particular event.
    public const string AirForceBackground = """
        [title] Le Mali muscle sa flotte aérienne
        Depuis 2021, le Mali a multiplié les acquisitions d'aéronefs militaires auprès de la Russie et de la Turquie : hélicoptères, drones Bayraktar TB2 et avions d'entraînement.
        Pour le ministre de la Défense, le général Sadio Camara, cette montée en puissance de l'armée de l'air permet aux FAMa de frapper les groupes terroristes sur l'ensemble du territoire.
        Le président de la Transition, Assimi Goïta, a fait de la reconquête du nord une priorité.
        """;

    /// <summary>A test article (see <see cref="TestDocuments.Article"/>), with its actors extracted.</summary>
    public static ExtractedDocument Extracted(string text, string date) => Extractor.Value!.Extract(Document(text, date));

    /// <summary>A test article whose title is its <c>[title]</c> line, as the loader would set it.</summary>
    public static Document Document(string text, string date)
    {
        var document = TestDocuments.Article(text, date);
        var title = document.Segments.Where(s => s.Kind == SegmentKind.Title).Select(document.TextOf).FirstOrDefault() ?? string.Empty;
        return document with { Title = title };
    }
}
