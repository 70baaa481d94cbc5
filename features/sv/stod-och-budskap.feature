# language: sv
@GVI-12
Egenskap: Stödet erbjuds alltid, och den som inte hört löftet får det individuellt
  Stöd och konsekvenser går hand i hand. Varje medlem som inte har lämnat gruppen erbjuds stöd på
  nytt, oavsett sanktioner och oavsett om han eller hon redan tackat ja. Den som varken var på
  gruppens call-in eller fick ett hembesök före händelsedagen får löftet individuellt; ett hembesök
  samma dag som händelsen räknas inte.

  Bakgrund:
    Givet att gruppen "Norra nätverket" fick löftet "HUDDINGE-2024" vid ett call-in den 2026-01-15
    Och att gruppen har dessa medlemmar:
      | person | född       | var på call-in | står under övervakning | är efterlyst | har registrerat fordon | har tackat ja till stöd | hembesök   |
      | P-0901 | 1997-07-07 | ja             | ja                     | nej          | nej                    | nej                     |            |
      | P-0902 | 2002-02-02 | nej            | nej                    | ja           | nej                    | nej                     |            |
      | P-0903 | 2001-01-01 | nej            | nej                    | nej          | ja                     | nej                     | 2026-01-20 |
      | P-0904 | 1999-09-19 | ja             | ja                     | nej          | nej                    | ja                      |            |

  Scenario: Alla i gruppen erbjuds stöd på nytt när gruppen möter konsekvenser
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska gruppen få konsekvenser enligt löftet
    Och ska varje medlem i gruppen få åtgärden "erbjudande om stöd"
    Och ska förklaringen av åtgärden "erbjudande om stöd" för P-0901 lyda "Stödet erbjuds på nytt till P-0901, som till alla i gruppen, oavsett sanktioner och oavsett tidigare svar."

  Scenario: Bara den som varken var på call-in eller fått hembesök får löftet individuellt
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska P-0902 få dessa åtgärder:
      | åtgärd                          |
      | verkställande av efterlysning   |
      | individuellt budskap (hembesök) |
      | erbjudande om stöd              |
    Och ska P-0901 inte få åtgärden "individuellt budskap (hembesök)"
    Och ska P-0903 inte få åtgärden "individuellt budskap (hembesök)"
    Och ska förklaringen av åtgärden "individuellt budskap (hembesök)" för P-0902 lyda "P-0902 har varken varit på call-in eller fått hembesök före händelsen: löftet HUDDINGE-2024 och erbjudandet om stöd lämnas individuellt."

  Scenario: Ett hembesök dagen före skjutningen räcker för att personen ska ha fått löftet
    Givet att P-0902 fick hembesök den 2026-01-31
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska P-0902 inte få åtgärden "individuellt budskap (hembesök)"

  Scenario: Ett hembesök samma dag som skjutningen räknas inte, så löftet lämnas individuellt igen
    Givet att P-0902 fick hembesök den 2026-02-01
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska P-0902 få åtgärden "individuellt budskap (hembesök)"

  Scenario: Den som redan tackat ja till stöd erbjuds stödet igen och får inga fler sanktioner för det
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska P-0904 få dessa åtgärder:
      | åtgärd                          |
      | prövning av övervakningsvillkor |
      | erbjudande om stöd              |

