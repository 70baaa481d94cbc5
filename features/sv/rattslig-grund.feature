# language: sv
Egenskap: Varje sanktion kräver egen rättslig grund och att den ingår i löftet
  Konsekvenserna gäller hela gruppen, men varje åtgärd mot en person kräver att just den personen
  ger rättslig grund för den – den som står under övervakning kan få sina villkor prövade, den som
  är efterlyst eftersöks. Och bara det som gruppen fick höra vid sitt call-in används: löftet
  "HUDDINGE-2024" nämner inte indrivning av skulder, så den föreslås aldrig, inte ens när grunden
  finns. Ett löfte som ändras efter gruppens call-in gäller inte gruppen i efterhand.

  Bakgrund:
    Givet att gruppen "Norra nätverket" fick löftet "HUDDINGE-2024" vid ett call-in den 2026-01-15
    Och att gruppen har dessa medlemmar:
      | person | född       | var på call-in | står under övervakning | har ej avtjänat straff | är efterlyst | har skulder hos Kronofogden | har registrerat fordon | tidigare grovt våld |
      | P-0501 | 1997-05-20 | ja             | ja                     | nej                    | nej          | ja                          | nej                    | nej                 |
      | P-0502 | 2001-12-01 | ja             | nej                    | nej                    | nej          | ja                          | nej                    | nej                 |
      | P-0503 | 2000-03-03 | ja             | nej                    | nej                    | nej          | nej                         | nej                    | nej                 |
      | P-0504 | 1995-07-07 | ja             | nej                    | ja                     | ja           | nej                         | ja                     | ja                  |

  @GVI-05
  Scenario: Var och en får bara de sanktioner som han eller hon själv ger grund för
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska gruppen få konsekvenser enligt löftet
    Och ska P-0504 få dessa åtgärder:
      | åtgärd                               |
      | verkställighet av ej avtjänat straff |
      | verkställande av efterlysning        |
      | fordonskontroller                    |
      | vistelseförbud                       |
      | erbjudande om stöd                   |
    Och ska P-0501 inte få åtgärden "verkställande av efterlysning"
    Och ska P-0501 inte få åtgärden "fordonskontroller"
    Och ska förklaringen av åtgärden "verkställande av efterlysning" för P-0504 lyda "P-0504 är efterlyst, vilket ger egen rättslig grund för verkställande av efterlysning, och åtgärden ingår i löftet HUDDINGE-2024 som gruppen fick."

  @GVI-05
  Scenario: En medlem utan grund för någon utlovad sanktion får ingen sanktion men erbjuds stöd
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska P-0503 inte få någon sanktion, med skälet "saknar rättslig grund"
    Och ska förklaringen av undantaget för P-0503 lyda "P-0503 har ingen egen rättslig grund för någon av sanktionerna i löftet HUDDINGE-2024: ingen sanktion föreslås, men stöd erbjuds."
    Och ska P-0503 få dessa åtgärder:
      | åtgärd             |
      | erbjudande om stöd |

  @GVI-05 @GVI-06
  Scenario: Den som bara har skulder hos Kronofogden får varken indrivning eller någon annan sanktion
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska P-0502 inte få åtgärden "indrivning av skulder", med skälet "ingår inte i löftet"
    Och ska P-0502 inte få någon sanktion, med skälet "saknar rättslig grund"
    Och ska P-0502 få dessa åtgärder:
      | åtgärd             |
      | erbjudande om stöd |

  @GVI-06
  Scenario: Indrivning av skulder föreslås inte ens för den som får andra sanktioner
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska P-0501 få dessa åtgärder:
      | åtgärd                          |
      | prövning av övervakningsvillkor |
      | erbjudande om stöd              |
    Och ska P-0501 inte få åtgärden "indrivning av skulder", med skälet "ingår inte i löftet"
    Och ska förklaringen av undantaget från "indrivning av skulder" för P-0501 lyda "P-0501 har skulder registrerade hos Kronofogden, men indrivning av skulder ingår inte i löftet HUDDINGE-2024 som gruppen fick, så åtgärden föreslås inte."

  @GVI-06
  Scenario: Den som saknar skulder nämns inte i något undantag om indrivning
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska P-0504 inte vara undantagen

  @GVI-06
  Scenario: Ett senare löfte med indrivning av skulder gäller inte en grupp som fick det tidigare löftet
    Givet att löftet "HUDDINGE-2026" gäller från 2026-03-01, som "HUDDINGE-2024" men också med "indrivning av skulder"
    När polisen rapporterar en skjutning som inträffade den 2026-03-15 kl. 22.10 med en bekräftad koppling till gruppen
    Så ska gruppen få konsekvenser enligt löftet
    Och ska rekommendationen för gruppen följa löftet "HUDDINGE-2024" och ange regeluppsättningens version
    Och ska P-0502 inte få åtgärden "indrivning av skulder", med skälet "ingår inte i löftet"
    Och ska P-0501 inte få åtgärden "indrivning av skulder", med skälet "ingår inte i löftet"

  @GVI-06
  Scenario: En grupp som fick det nya löftet vid sitt senaste call-in möter också indrivning av skulder
    Givet att löftet "HUDDINGE-2026" gäller från 2026-03-01, som "HUDDINGE-2024" men också med "indrivning av skulder"
    Och att gruppen fick löftet "HUDDINGE-2026" vid ett call-in den 2026-03-05
    När polisen rapporterar en skjutning som inträffade den 2026-03-15 kl. 22.10 med en bekräftad koppling till gruppen
    Så ska rekommendationen för gruppen följa löftet "HUDDINGE-2026" och ange regeluppsättningens version
    Och ska P-0502 få dessa åtgärder:
      | åtgärd                |
      | indrivning av skulder |
      | erbjudande om stöd    |
    Och ska P-0501 få dessa åtgärder:
      | åtgärd                          |
      | prövning av övervakningsvillkor |
      | indrivning av skulder           |
      | erbjudande om stöd              |

  @GVI-06
  Scenario: Ett löfte som slutar nämna fordonskontroller används inte för fordonskontroller
    Givet att löftet "HUDDINGE-2026" gäller från 2026-01-01, som "HUDDINGE-2024" men med dessa ändringar:
      | utlovar inte längre | fordonskontroller |
    Och att gruppen fick löftet "HUDDINGE-2026" vid ett call-in den 2026-01-20
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska P-0504 inte få åtgärden "fordonskontroller", med skälet "ingår inte i löftet"
    Och ska P-0504 få åtgärden "verkställande av efterlysning"
