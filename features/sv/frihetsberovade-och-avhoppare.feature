# language: sv
Egenskap: Den som är frihetsberövad eller har lämnat gruppen
  Den som sitter frihetsberövad kan inte nås av sanktionerna men erbjuds stöd. Den som har lämnat
  gruppen senast på händelsedagen får inga gruppåtgärder alls – att lämna gruppen ska löna sig.
  Den som misstänks för händelsen utreds ändå enligt vanlig lag.

  Bakgrund:
    Givet att gruppen "Norra nätverket" fick löftet "HUDDINGE-2024" vid ett call-in den 2026-01-15
    Och att gruppen har dessa medlemmar:
      | person | född       | var på call-in | står under övervakning | är efterlyst | har registrerat fordon | är frihetsberövad |
      | P-0701 | 1996-01-10 | ja             | ja                     | nej          | nej                    | ja                |
      | P-0702 | 1999-09-09 | ja             | nej                    | ja           | nej                    | nej               |
      | P-0703 | 2000-05-05 | nej            | nej                    | nej          | ja                     | nej               |

  @GVI-09
  Scenario: Den som är frihetsberövad får ingen sanktion men erbjuds stöd
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska gruppen få konsekvenser enligt löftet
    Och ska P-0701 inte få någon sanktion, med skälet "frihetsberövad"
    Och ska P-0701 få dessa åtgärder:
      | åtgärd             |
      | erbjudande om stöd |
    Och ska P-0702 få åtgärden "verkställande av efterlysning"
    Och ska förklaringen av undantaget för P-0701 lyda "P-0701 är frihetsberövad: inga sanktioner, men stöd erbjuds."

  @GVI-09 @GVI-11
  Scenario: Den som är frihetsberövad och misstänkt för skjutningen utreds med förtur men får ingen sanktion
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Och P-0701 är misstänkt för händelsen
    Så ska P-0701 få dessa åtgärder:
      | åtgärd                              |
      | prioriterad utredning och lagföring |
      | erbjudande om stöd                  |
    Och ska P-0701 inte få någon sanktion, med skälet "frihetsberövad"

  @GVI-10
  Scenario: Den som lämnade gruppen samma dag som skjutningen får inga åtgärder alls
    Givet att P-0703 lämnade gruppen den 2026-02-01
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska P-0703 inte få några åtgärder alls, med skälet "har lämnat gruppen"
    Och ska förklaringen av undantaget för P-0703 lyda "P-0703 lämnade gruppen 2026-02-01, senast på händelsedagen: inga gruppåtgärder – att lämna gruppen ska löna sig."

  @GVI-10
  Scenario: Den som lämnar gruppen dagen efter skjutningen möter fortfarande konsekvenserna
    Givet att P-0703 lämnade gruppen den 2026-02-02
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska P-0703 få dessa åtgärder:
      | åtgärd                          |
      | fordonskontroller               |
      | individuellt budskap (hembesök) |
      | erbjudande om stöd              |
    Och ska P-0703 inte vara undantagen

  @GVI-10 @GVI-11
  Scenario: Den som har lämnat gruppen men misstänks för skjutningen utreds ändå med förtur
    Givet att P-0703 lämnade gruppen den 2026-01-20
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Och P-0703 är misstänkt för händelsen
    Så ska P-0703 få dessa åtgärder:
      | åtgärd                              |
      | prioriterad utredning och lagföring |
    Och ska P-0703 vara undantagen med skälet "har lämnat gruppen"

  @GVI-10 @GVI-02
  Scenario: Den som har lämnat en grupp som inte fått löftet får inget hembesök
    Givet att gruppen "Södra gänget" har dessa medlemmar:
      | person | född       | lämnade    |
      | P-0751 | 1998-06-06 |            |
      | P-0752 | 1999-11-11 | 2025-12-01 |
    Och att gruppen "Södra gänget" inte har haft något call-in
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till "Södra gänget"
    Så ska "Södra gänget" först få löftet
    Och ska P-0751 få åtgärden "individuellt budskap (hembesök)"
    Och ska P-0752 inte få några åtgärder alls, med skälet "har lämnat gruppen"
