# language: sv
Egenskap: Ålderstabellen och fristtabellen skärper, men mildrar aldrig
  En jurist kan höja en åtgärds lägsta ålder i ålderstabellen (gvi/lever-min-ages.drl.csv) och
  korta fristen för en åtgärd i fristtabellen (gvi/lever-deadlines.drl.csv), med en rättslig grund
  på varje rad. Katalogens lägsta ålder och löftets frist är golvet: den högsta åldern och den
  kortaste fristen gäller. Raderna nedan läggs till i tabellerna bara för de här scenarierna.

  Bakgrund:
    Givet att ålderstabellen också har dessa rader:
      | åtgärd            | lägsta ålder | rättslig grund                                                              |
      | vistelseförbud    | 18           | [BARNKONVENTIONEN] art. 3 och 37: barnets bästa vid åtgärder |
      | fordonskontroller | 16           | [BARNKONVENTIONEN] art. 3: lokal skärpning för unga |
    Och att fristtabellen också har dessa rader:
      | prioritet | åtgärd                          | dagar | rättslig grund                                          |
      | normal    | anmälan till socialtjänsten     | 1     | [SOL]: anmälan ska göras genast |
      | förhöjd   | prövning av övervakningsvillkor | 1     | [BRB-26-15-19]: skyndsam prövning |
      | normal    | fordonskontroller               | 10    | [PL-22] |
    Och att gruppen "Västra gänget" fick löftet "HUDDINGE-2024" vid ett call-in den 2025-11-15
    Och att gruppen har dessa medlemmar:
      | person | född       | var på call-in | står under övervakning | är efterlyst | tidigare grovt våld | har registrerat fordon |
      | P-2101 | 1995-03-10 | ja             | ja                     | nej          | nej                 | ja                     |
      | P-2102 | 2009-08-20 | ja             | nej                    | ja           | ja                  | nej                    |
      | P-2103 | 2010-02-01 | ja             | nej                    | nej          | nej                 | ja                     |
      | P-2104 | 2010-02-02 | ja             | nej                    | nej          | nej                 | ja                     |

  @GVI-08
  Scenario: En rad i ålderstabellen höjer lägsta åldern för vistelseförbud, och undantaget anger radens rättsliga grund
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska P-2102 få åtgärden "verkställande av efterlysning"
    Och ska P-2102 inte få åtgärden "vistelseförbud", med skälet "under åtgärdens lägsta ålder"
    Och ska förklaringen av undantaget från "vistelseförbud" för P-2102 lyda "P-2102 var 16 år på händelsedagen, under lägsta åldern 18 år för vistelseförbud enligt ålderstabellen (Lagen om Förenta nationernas konvention om barnets rättigheter (2018:1197) art. 3 och 37: barnets bästa vid åtgärder), så åtgärden föreslås inte."
    Och ska undantaget från "vistelseförbud" för P-2102 ha den rättsliga grunden "Lagen om Förenta nationernas konvention om barnets rättigheter (2018:1197) art. 3 och 37: barnets bästa vid åtgärder" och nämna den i förklaringen

  @GVI-08
  Scenario: Den som fyller tabellens ålder på händelsedagen får åtgärden, den som fyller dagen efter får den inte
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska P-2103 få åtgärden "fordonskontroller"
    Och ska P-2104 inte få åtgärden "fordonskontroller", med skälet "under åtgärdens lägsta ålder"
    Och ska P-2101 få dessa åtgärder:
      | åtgärd                          |
      | prövning av övervakningsvillkor |
      | fordonskontroller               |
      | erbjudande om stöd              |

  @GVI-13
  Scenario: En rad i fristtabellen kortar fristen för anmälan till socialtjänsten, och rekommendationen får den tidigaste fristen
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Och händelsen registreras den 2026-02-02 kl. 09.00
    Så ska P-2102 ha fristen 2026-02-03 kl. 09.00 för åtgärden "anmälan till socialtjänsten"
    Och ska P-2102 ha fristen 2026-02-09 kl. 09.00 för åtgärden "verkställande av efterlysning"
    Och ska P-2101 ha fristen 2026-02-09 kl. 09.00 för åtgärden "prövning av övervakningsvillkor"
    Och ska rekommendationen för gruppen ha fristen 2026-02-03 kl. 09.00
    Och ska förklaringen av åtgärden "anmälan till socialtjänsten" för P-2102 nämna "Socialtjänstlagen (2025:400): anmälan ska göras genast"

  @GVI-13 @GVI-14
  Scenario: Vid förhöjd prioritet gäller tabellens rader för förhöjd prioritet, inte de för normal
    Givet att gruppen redan har fått konsekvenser efter händelsen K-2026-0007 den 2026-01-10
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Och händelsen registreras den 2026-02-02 kl. 09.00
    Så ska gruppen ha förhöjd prioritet
    Och ska P-2101 ha fristen 2026-02-03 kl. 09.00 för åtgärden "prövning av övervakningsvillkor"
    Och ska P-2102 ha fristen 2026-02-05 kl. 09.00 för åtgärden "anmälan till socialtjänsten"
    Och ska rekommendationen för gruppen ha fristen 2026-02-03 kl. 09.00

  @GVI-13
  Scenario: En rad som är längre än löftets frist förlänger ingenting
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Och händelsen registreras den 2026-02-02 kl. 09.00
    Så ska P-2101 ha fristen 2026-02-09 kl. 09.00 för åtgärden "fordonskontroller"
    Och ska P-2103 ha fristen 2026-02-09 kl. 09.00 för åtgärden "fordonskontroller"
