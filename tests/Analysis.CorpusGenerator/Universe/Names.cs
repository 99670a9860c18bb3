namespace Analysis.CorpusGenerator.Universe;

/// <summary>
/// Word lists the actor universe is drawn from: plausible West African and French given names and
/// surnames, invented towns and regions. None of them is a name of the built-in Sahel dictionary, so a
/// generated actor never collides with a built-in one (the runner would warn and merge).
/// </summary>
internal static class Names
{
    public static readonly string[] MaleGiven =
    [
        "Abdoulaye", "Adama", "Amadou", "Aboubacar", "Alassane", "Aliou", "Boubacar", "Bakary", "Souleymane", "Ousmane",
        "Moussa", "Mamadou", "Ibrahima", "Issa", "Idrissa", "Seydou", "Salif", "Sékou", "Yacouba", "Lassina",
        "Harouna", "Hamidou", "Oumarou", "Boukary", "Issoufou", "Mahamadou", "Abdourahmane", "Karim", "Daouda", "Drissa",
        "Tiémoko", "Zoumana", "Siaka", "Modibo", "Cheick", "Baba", "Yaya", "Kalifa", "Fousseyni", "Mamoutou",
        "Arouna", "Inoussa", "Rasmané", "Wendpouiré", "Téguewendé", "Boureima", "Hassane", "Halidou", "Soumaïla", "Noufou",
        "Jean-Baptiste", "Pierre", "Michel", "François", "Étienne", "Gérard", "Laurent", "Patrice", "Rodrigue", "Léonce",
        "Théophile", "Honoré", "Célestin", "Anatole", "Fulbert", "Ambroise", "Séraphin", "Eugène", "Benoît", "Gaston",
        "Mahamane", "Elhadji", "Abdoul", "Ismaël", "Lamine", "Mountaga", "Sidiki", "Tidiane", "Alioune", "Ansoumane",
    ];

    public static readonly string[] FemaleGiven =
    [
        "Aminata", "Fatoumata", "Mariam", "Kadiatou", "Aïssata", "Rokia", "Salimata", "Djénéba", "Oumou", "Assétou",
        "Bintou", "Hawa", "Ramatou", "Haoua", "Mariétou", "Nafissatou", "Safiatou", "Zalissa", "Rasmata", "Habibou",
        "Hélène", "Christine", "Béatrice", "Josiane", "Mireille", "Odile", "Pélagie", "Léontine", "Geneviève", "Solange",
        "Clarisse", "Edwige", "Irène", "Adjaratou", "Maïmouna", "Ténin", "Korotoumou", "Sira", "Nènè", "Awa",
    ];

    public static readonly string[] Surnames =
    [
        "Koné", "Sanogo", "Bagayoko", "Konaté", "Dembélé", "Touré", "Sidibé", "Doumbia", "Samaké", "Kanouté",
        "Fofana", "Tangara", "Bamba", "Ballo", "Dicko", "Guindo", "Kassogué", "Tembely", "Sangaré",
        "Sawadogo", "Zongo", "Compaoré", "Kiendrébéogo", "Nikiéma", "Zoungrana", "Bonkoungou", "Tapsoba", "Yaméogo", "Ilboudo",
        "Kaboré", "Ouattara", "Zida", "Bationo", "Somé", "Dabiré", "Hien", "Kam", "Palé", "Sanou",
        "Mahaman", "Abdou", "Souley", "Garba", "Hamani", "Zakari", "Moumouni", "Kountché",
        "Sanda", "Dandakoye", "Boubé", "Djibrilla", "Illa", "Idé", "Kimba", "Seyni",
        "Ndiaye", "Faye", "Sarr", "Gueye", "Mbaye", "Sène", "Thiam", "Ndour", "Diouf", "Cissokho",
        "Bakayoko", "Kouassi", "Yao", "Koffi", "N'Guessan", "Gnagbo", "Zadi", "Yapi", "Akissi", "Tanoh",
        "Lefèvre", "Moreau", "Garnier", "Rousseau", "Fournier", "Girard", "Bonnet", "Mercier", "Chevalier", "Lambert",
        "Dufresne", "Marchand", "Perrin", "Caron", "Gauthier", "Boyer", "Rivière", "Brossard", "Vasseur",
        "Tiendrébéogo", "Ouédraogo-Kando", "Nébié", "Sorgho", "Kéré", "Soubeiga", "Bayala", "Dao", "Pooda", "Ky",
        "Maïnassara", "Tandja", "Moussa-Ibrahim", "Salissou", "Koré", "Alzouma", "Hassoumi", "Younoussi", "Wazir", "Issaka",
    ];

    /// <summary>Towns: datelines, meeting places and the places a story happens in.</summary>
    public static readonly string[] Towns =
    [
        "Tambaga", "Kourandi", "Dioumara", "Sibirila", "Toumbéla", "Garassou", "Nafadié", "Kolokani-Sud", "Bérékoro", "Dantiandou-Est",
        "Mansila", "Falakoro", "Ouessagou", "Samorogo", "Kassandé", "Tinzédi", "Boulkiemdé-Ville", "Yallaga", "Sampiéri", "Koutiala-Nord",
        "Dounfing", "Kamsaongo", "Gorgadji-Haut", "Ténado", "Tiébélé-Sud", "Kinkélé", "Sourou-Ville", "Badéma", "Zanfara", "Makalondi-Est",
        "Torodi-Ville", "Ouallam-Sud", "Kirtachi", "Birni-Lallé", "Damagaram-Ouest", "Tanout-Ville", "Foulatari", "Gadabédji", "Kélakam", "Mirriah-Haut",
        "Séfeto", "Diéma-Ville", "Kassaro", "Banamba-Est", "Nossombougou", "Tougouni", "Massantola", "Didiéni", "Sébékoro", "Kiban",
    ];

    /// <summary>Regions, for organization names ("… du Haut-Saraba") and for prose.</summary>
    public static readonly string[] Regions =
    [
        "Haut-Saraba", "Bas-Konkouré", "Plateau du Kinda", "Delta du Falémé", "Boucle du Tassaré", "Haut-Dindéré", "Gourandi",
        "Nianfounké-Kouma", "Tiléma", "Kénédougou-Est", "Boulgou-Nord", "Massif du Tagant-Sud", "Vallée du Sirba", "Haut-Bani",
        "Damergou-Ouest", "Koulikoro-Haut", "Liptaba", "Pays dogonais", "Yatéra", "Oudalan-Sud",
    ];

    /// <summary>Full names the built-in dictionary already gives to a real person.</summary>
    public static readonly HashSet<string> ReservedNames = new(StringComparer.Ordinal) { "Alassane Ouattara" };

    /// <summary>Words the acronym of an organization must never be: French words in capitals, built-in acronyms.</summary>
    public static readonly HashSet<string> ReservedAcronyms = new(StringComparer.Ordinal)
    {
        "ADO", "AES", "AFRICOM", "AQIM", "AQMI", "AU", "BCEAO", "BIR", "BVDP", "CAR", "CEDEAO", "CICR", "CMA", "CNSP",
        "CNT", "CPI", "CSNU", "CSP", "DW", "ECOWAS", "EI", "EIAO", "EIGS", "EIS", "EU", "EUTM", "FAMA", "FAN", "FDS",
        "FLA", "FLM", "G5S", "GATIA", "GNN", "GSIM", "HCUA", "HRW", "IBK", "ICC", "ICRC", "ISGS", "ISIL", "ISIS", "ISSP",
        "ISWAP", "JAS", "JNIM", "MINUSMA", "MNLA", "MPSR", "ONU", "RCA", "RDF", "RFI", "RMCK", "UA", "UAE", "UE",
        "UEMOA", "UK", "UN", "UNSC", "US", "USA", "VDP", "WAEMU", "LES", "DES", "UNE", "SUR", "PAR", "AUX", "POUR",
        "DANS", "MAIS", "SES", "CES", "SON", "SANS", "AFP", "AMAP", "AIB", "ANP", "APS", "ORTM", "RTB", "ORTN", "TV",
        "FM", "PDF", "CEO", "BAD", "FMI", "PIB", "ONG", "PME", "SMS", "NON", "OUI", "FIN", "CAS", "LOI", "ETE", "MER",
    };
}
