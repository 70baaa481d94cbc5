# language: sv
@GVI-04
Egenskap: Konsekvenserna gäller hela gruppen, inte bara den som sköt
  Löftet säger att hela gruppen möts av konsekvenser. Alla som är medlemmar på händelsedagen
  omfattas, var och en med de åtgärder som han eller hon själv ger rättslig grund för.

  Bakgrund:
    Givet att gruppen "Norra nätverket" fick löftet "HUDDINGE-2024" vid ett call-in den 2026-01-15
    Och att gruppen har dessa medlemmar:
      | person | född       | var på call-in | står under övervakning | har ej avtjänat straff | är efterlyst | har registrerat fordon | tidigare grovt våld |
      | P-0401 | 1996-05-05 | ja             | ja                     | nej                    | nej          | nej                    | nej                 |
      | P-0402 | 2000-01-30 | ja             | nej                    | nej                    | ja           | nej                    | nej                 |
      | P-0403 | 1993-10-10 | ja             | nej                    | ja                     | nej          | nej                    | nej                 |
      | P-0404 | 2001-07-21 | nej            | nej                    | nej                    | nej          | ja                     | ja                  |

  Scenario: Alla medlemmar möter konsekvenser, inte bara den som misstänks för skjutningen
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Och P-0401 är misstänkt för händelsen
    Så ska gruppen få konsekvenser enligt löftet
    Och ska P-0401 få dessa åtgärder:
      | åtgärd                              |
      | prövning av övervakningsvillkor     |
      | prioriterad utredning och lagföring |
      | erbjudande om stöd                  |
    Och ska P-0402 få dessa åtgärder:
      | åtgärd                        |
      | verkställande av efterlysning |
      | erbjudande om stöd            |
    Och ska P-0403 få dessa åtgärder:
      | åtgärd                              |
      | verkställighet av ej avtjänat straff |
      | erbjudande om stöd                  |
    Och ska P-0404 få dessa åtgärder:
      | åtgärd                          |
      | fordonskontroller               |
      | vistelseförbud                  |
      | individuellt budskap (hembesök) |
      | erbjudande om stöd              |

  Scenario: Den som gick med i gruppen dagen efter skjutningen omfattas inte
    Givet att P-0404 gick med i gruppen den 2026-02-02
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska P-0404 inte få några åtgärder alls
    Och ska P-0404 inte vara undantagen

  Scenario: Den som gick med i gruppen samma dag som skjutningen omfattas
    Givet att P-0404 gick med i gruppen den 2026-02-01
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska P-0404 få åtgärden "fordonskontroller"
    Och ska P-0404 få åtgärden "vistelseförbud"
