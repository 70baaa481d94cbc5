# language: sv
Egenskap: Barn och unga i en grupp som möts av konsekvenser
  Straffbarhetsåldern är 15 år (brottsbalken 1 kap. 6 §). Ett barn under 15 år i en grupp som
  möts av konsekvenser får stöd och socialtjänstens uppmärksamhet, men aldrig en sanktion. Den
  som är 15–17 år kan få sanktioner på egen rättslig grund, och socialtjänsten underrättas.
  Åldern räknas på händelsedagen: den som fyller år den dagen har redan den nya åldern.

  Bakgrund:
    Givet att gruppen "Norra nätverket" fick löftet "HUDDINGE-2024" vid ett call-in den 2026-01-15
    Och att gruppen har dessa medlemmar:
      | person | född       | var på call-in | står under övervakning | är efterlyst | tidigare grovt våld | har registrerat fordon |
      | P-0601 | 1990-06-15 | ja             | ja                     | nej          | nej                 | nej                    |
      | P-0602 | 2011-06-01 | ja             | nej                    | ja           | ja                  | nej                    |
      | P-0603 | 2009-08-20 | ja             | nej                    | ja           | ja                  | nej                    |
      | P-0604 | 2008-02-02 | ja             | nej                    | nej          | nej                 | ja                     |

  @GVI-07
  Scenario: Ett barn på 14 år får socialtjänst och stöd men ingen sanktion
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska gruppen få konsekvenser enligt löftet
    Och ska P-0602 få dessa åtgärder:
      | åtgärd                      |
      | anmälan till socialtjänsten |
      | erbjudande om stöd          |
    Och ska P-0602 inte få någon sanktion, med skälet "under 15 år"
    Och ska förklaringen av undantaget för P-0602 lyda "P-0602 var 14 år på händelsedagen, under straffbarhetsåldern 15 år: inga sanktioner, men socialtjänsten underrättas och stöd erbjuds."

  @GVI-07
  Scenario: Den som fyller 15 år på händelsedagen räknas som 15 år och kan få sanktioner
    Givet att P-0602 är född 2011-02-01
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska P-0602 få dessa åtgärder:
      | åtgärd                        |
      | verkställande av efterlysning |
      | vistelseförbud                |
      | anmälan till socialtjänsten   |
      | erbjudande om stöd            |
    Och ska P-0602 inte vara undantagen

  @GVI-07
  Scenario: Den som fyller 15 år dagen efter händelsen är fortfarande 14 år på händelsedagen
    Givet att P-0602 är född 2011-02-02
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska P-0602 inte få någon sanktion, med skälet "under 15 år"
    Och ska P-0602 inte få åtgärden "verkställande av efterlysning"
    Och ska förklaringen av åtgärden "anmälan till socialtjänsten" för P-0602 lyda "P-0602 är 14 år och ingår i en grupp som möts av konsekvenser: socialtjänsten underrättas."

  @GVI-07
  Scenario: En skjutning strax efter midnatt på 15-årsdagen räknas till födelsedagen i svensk tid
    Givet att P-0602 är född 2011-02-01
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 00.15 med en bekräftad koppling till gruppen
    Så ska P-0602 få åtgärden "verkställande av efterlysning"

  @GVI-08
  Scenario: En 16-åring får sanktioner på egen rättslig grund och socialtjänsten underrättas
    När polisen rapporterar ett mord som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska P-0603 få dessa åtgärder:
      | åtgärd                        |
      | verkställande av efterlysning |
      | vistelseförbud                |
      | anmälan till socialtjänsten   |
      | erbjudande om stöd            |
    Och ska förklaringen av åtgärden "anmälan till socialtjänsten" för P-0603 lyda "P-0603 är 16 år, under 18: socialtjänsten underrättas om att personen ingår i en grupp som möts av konsekvenser."

  @GVI-08
  Scenario: En 17-åring som fyller 18 dagen efter händelsen anmäls till socialtjänsten
    När polisen rapporterar en sprängning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska P-0604 få dessa åtgärder:
      | åtgärd                      |
      | fordonskontroller           |
      | anmälan till socialtjänsten |
      | erbjudande om stöd          |

  @GVI-08
  Scenario: Den som fyller 18 år på händelsedagen är vuxen och anmäls inte till socialtjänsten
    Givet att P-0604 är född 2008-02-01
    När polisen rapporterar en sprängning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska P-0604 få dessa åtgärder:
      | åtgärd             |
      | fordonskontroller  |
      | erbjudande om stöd |

  @GVI-08
  Scenario: En vuxen medlem anmäls inte till socialtjänsten
    När polisen rapporterar ett mordförsök som inträffade den 2026-02-01 kl. 21.40 med en trolig koppling till gruppen
    Så ska P-0601 inte få åtgärden "anmälan till socialtjänsten"
    Och ska P-0601 få åtgärden "prövning av övervakningsvillkor"

  @GVI-08
  Scenario: En 16-åring får inte vistelseförbud när åtgärden får användas först från 18 år
    Givet att åtgärden "vistelseförbud" får användas först från 18 års ålder
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska P-0603 få åtgärden "verkställande av efterlysning"
    Och ska P-0603 inte få åtgärden "vistelseförbud", med skälet "under åtgärdens lägsta ålder"
    Och ska förklaringen av undantaget från "vistelseförbud" för P-0603 lyda "P-0603 var 16 år på händelsedagen, under lägsta åldern 18 år för vistelseförbud, så åtgärden föreslås inte."

  @GVI-08
  Scenario: Ålderstabellen kan höja en åtgärds lägsta ålder men aldrig sänka den under katalogens
    Givet att ålderstabellen också har dessa rader:
      | åtgärd         | lägsta ålder | rättslig grund                         |
      | vistelseförbud | 14           | [BRB-1-6] (felaktig rad) |
    Så ska tabellraderna avvisas med beskedet "Lägsta åldern 14 år för EXCLUSION_ORDER är lägre än katalogens 15 år"
    Och ska tabellraderna avvisas med beskedet "tabellen kan bara höja den"
