# language: sv
Egenskap: Hur säker kopplingen till gruppen måste vara
  Hela gruppen möter konsekvenser bara när polisen har bekräftat kopplingen eller bedömer den som
  trolig. En möjlig koppling räcker inte: då väntar vi tills polisen kompletterar händelsen.
  Gränsen står i beslutstabellen attribution-thresholds.drl.csv.

  Bakgrund:
    Givet att gruppen "Norra nätverket" fick löftet "HUDDINGE-2024" vid ett call-in den 2026-01-15
    Och att gruppen har dessa medlemmar:
      | person | född       | var på call-in | står under övervakning | har registrerat fordon |
      | P-0301 | 1997-03-14 | ja             | ja                     | nej                    |
      | P-0302 | 2002-12-24 | nej            | nej                    | ja                     |

  @GVI-03
  Scenario: En bekräftad koppling ger konsekvenser för hela gruppen
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska gruppen få konsekvenser enligt löftet
    Och ska P-0301 få åtgärden "prövning av övervakningsvillkor"
    Och ska P-0302 få åtgärden "fordonskontroller"

  @GVI-03
  Scenario: En trolig koppling räcker också för konsekvenser
    När polisen rapporterar ett mordförsök som inträffade den 2026-02-01 kl. 21.40 med en trolig koppling till gruppen
    Så ska gruppen få konsekvenser enligt löftet
    Och ska P-0301 få åtgärden "prövning av övervakningsvillkor"

  @GVI-03
  Scenario: En möjlig koppling ger inga gruppåtgärder förrän polisen stärker den
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en möjlig koppling till gruppen
    Så ska gruppen invänta en starkare koppling
    Och ska gruppen inte få några åtgärder alls
    Och ska sammanfattningen för gruppen lyda "Kopplingen av gruppen till händelsen är ännu bara möjlig, varken trolig eller bekräftad: inga gruppåtgärder förrän polisen stärker kopplingen genom att komplettera händelsen."

  @GVI-03 @GVI-11
  Scenario: Den misstänkte utreds med förtur även när kopplingen till gruppen bara är möjlig
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en möjlig koppling till gruppen
    Och P-0301 är misstänkt för händelsen
    Så ska gruppen invänta en starkare koppling
    Och ska P-0301 få dessa åtgärder:
      | åtgärd                              |
      | prioriterad utredning och lagföring |
    Och ska P-0302 inte få några åtgärder alls
