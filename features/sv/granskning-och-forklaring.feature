# language: sv
Egenskap: Varje rekommendation väntar på en människa och förklarar sig själv
  Systemet verkställer ingenting: varje rekommendation väntar på en samordnares beslut, vilket
  utfall den än har. Varje åtgärd och varje undantag anger regeln bakom, den rättsliga grunden
  och en mening på svenska om varför; varje sanktion hänvisar till klausulen i löftet. Varje
  rekommendation anger löftet den följer och versionen av regeluppsättningen.

  Bakgrund:
    Givet att gruppen "Norra nätverket" fick löftet "HUDDINGE-2024" vid ett call-in den 2026-01-15
    Och att gruppen har dessa medlemmar:
      | person | född       | var på call-in | står under övervakning | är efterlyst | har skulder hos Kronofogden | är frihetsberövad |
      | P-1701 | 1995-05-15 | ja             | ja                     | nej          | ja                          | nej               |
      | P-1702 | 2012-12-12 | nej            | nej                    | ja           | nej                         | nej               |
      | P-1703 | 2000-10-01 | ja             | nej                    | nej          | ja                          | nej               |
      | P-1704 | 1991-01-01 | ja             | nej                    | ja           | nej                         | ja                |

  @GVI-17
  Scenariomall: Gruppen ska <utfall>, och rekommendationen väntar på en människas beslut
    När polisen rapporterar <händelsen> som inträffade den 2026-02-01 kl. 21.40 med en <koppling> koppling till gruppen
    Så ska gruppen <utfall>
    Och ska rekommendationen för gruppen vänta på en människas beslut

    Exempel:
      | händelsen    | koppling  | utfall                        |
      | en skjutning | bekräftad | få konsekvenser enligt löftet |
      | en skjutning | möjlig    | invänta en starkare koppling  |
      | ett rån      | bekräftad | inte få några gruppåtgärder   |

  @GVI-17
  Scenario: En rekommendation om att först lämna löftet väntar också på en människas beslut
    Givet att gruppen "Västra ligan" har dessa medlemmar:
      | person | född       |
      | P-1751 | 2001-01-21 |
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till "Västra ligan"
    Så ska "Västra ligan" först få löftet
    Och ska rekommendationen för "Västra ligan" vänta på en människas beslut

  @GVI-17
  Scenario: En rekommendation om stöd till en utsatt grupp väntar också på en människas beslut
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 där gruppen är utsatt
    Så ska gruppen få stöd för att förebygga hämnd
    Och ska rekommendationen för gruppen vänta på en människas beslut

  @GVI-18
  Scenario: Varje åtgärd och varje undantag anger regel, rättslig grund och skäl i en mening
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska gruppen få konsekvenser enligt löftet
    Och ska P-1702 inte få någon sanktion, med skälet "under 15 år"
    Och ska P-1703 inte få någon sanktion, med skälet "saknar rättslig grund"
    Och ska P-1704 inte få någon sanktion, med skälet "frihetsberövad"
    Och ska P-1701 inte få åtgärden "indrivning av skulder", med skälet "ingår inte i löftet"
    Och ska varje åtgärd och varje undantag för gruppen ange regel, rättslig grund och en förklaring

  @GVI-18
  Scenario: Varje sanktion hänvisar till den klausul i löftet som gruppen fick höra
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska varje sanktion för gruppen hänvisa till sin klausul i löftet
    Och ska P-1701 få åtgärden "prövning av övervakningsvillkor" enligt regeln GVI-05

  @GVI-18
  Scenario: Rekommendationen anger löftet, regeluppsättningens version och reglerna som användes
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska rekommendationen för gruppen följa löftet "HUDDINGE-2024" och ange regeluppsättningens version
    Och ska regeln GVI-03 ha använts för gruppen
    Och ska regeln GVI-06 ha använts för gruppen
    Och ska regeln GVI-17 ha använts för gruppen

  @GVI-18
  Scenario: Även en rekommendation utan gruppåtgärder anger löftet den bedömdes mot
    När polisen rapporterar ett rån som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska gruppen inte få några gruppåtgärder
    Och ska rekommendationen för gruppen följa löftet "HUDDINGE-2024" och ange regeluppsättningens version
    Och ska regeln GVI-01 ha använts för gruppen
