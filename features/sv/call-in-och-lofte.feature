# language: sv
Egenskap: Konsekvenser förutsätter att gruppen fick löftet före händelsen
  Gruppen har fått löftet när ett call-in för just den gruppen hölls före händelsedagen och löftet
  fortfarande gäller. Ett call-in samma dag som händelsen räknas inte: är vi osäkra på om gruppen
  hann höra löftet föreslås ingen sanktion. En grupp som inte har fått löftet ska få det – vid ett
  call-in och individuellt – innan några konsekvenser kan följa.

  Bakgrund:
    Givet att gruppen "Norra nätverket" har dessa medlemmar:
      | person | född       | var på call-in | står under övervakning | är efterlyst | har skulder hos Kronofogden |
      | P-0201 | 1998-02-17 | ja             | ja                     | nej          | nej                         |
      | P-0202 | 2003-11-05 | nej            | nej                    | ja           | ja                          |

  @GVI-02 @GVI-12
  Scenario: En grupp som aldrig haft call-in får först löftet och stöd, inga sanktioner
    Givet att gruppen inte har haft något call-in
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska gruppen först få löftet
    Och ska P-0201 få dessa åtgärder:
      | åtgärd                          |
      | individuellt budskap (hembesök) |
      | erbjudande om stöd              |
    Och ska P-0202 få dessa åtgärder:
      | åtgärd                          |
      | individuellt budskap (hembesök) |
      | erbjudande om stöd              |
    Och ska sammanfattningen för gruppen nämna "håll ett call-in"
    Och ska sammanfattningen för gruppen lyda "Gruppen har inte fått löftet vid ett call-in före händelsen: inga sanktioner – håll ett call-in och lämna löftet HUDDINGE-2024 individuellt till dem som inte nåtts."

  @GVI-02
  Scenario: Ett call-in dagen före händelsen räcker för att gruppen ska möta konsekvenserna
    Givet att gruppen fick löftet "HUDDINGE-2024" vid ett call-in den 2026-01-31
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska gruppen få konsekvenser enligt löftet
    Och ska P-0201 få åtgärden "prövning av övervakningsvillkor"
    Och ska P-0202 få åtgärden "verkställande av efterlysning"

  @GVI-02 @GVI-12
  Scenario: Ett call-in samma dag som skjutningen räknas inte, så även den som var där får löftet individuellt
    Givet att gruppen fick löftet "HUDDINGE-2024" vid ett call-in den 2026-02-01
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska gruppen först få löftet
    Och ska P-0201 få dessa åtgärder:
      | åtgärd                          |
      | individuellt budskap (hembesök) |
      | erbjudande om stöd              |

  @GVI-02
  Scenario: Ett call-in dagen efter händelsen ger inte konsekvenser i efterhand
    Givet att gruppen fick löftet "HUDDINGE-2024" vid ett call-in den 2026-02-02
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska gruppen först få löftet
    Och ska P-0202 inte få åtgärden "verkställande av efterlysning"

  @GVI-02 @GVI-06
  Scenario: Ett call-in med ett löfte som sedan har upphört räknas inte, och det nya löftet ska lämnas
    Givet att gruppen fick löftet "HUDDINGE-2024" vid ett call-in den 2025-10-01
    Och att löftet "HUDDINGE-2024" bara gällde till och med 2026-01-31
    Och att löftet "HUDDINGE-2026" gäller från 2026-02-01, som "HUDDINGE-2024" men också med "indrivning av skulder"
    När polisen rapporterar en skjutning som inträffade den 2026-02-15 kl. 20.05 med en bekräftad koppling till gruppen
    Så ska gruppen först få löftet
    Och ska rekommendationen för gruppen följa löftet "HUDDINGE-2026" och ange regeluppsättningens version
    Och ska sammanfattningen för gruppen nämna "HUDDINGE-2026"
    Och ska P-0202 inte få åtgärden "indrivning av skulder"

  @GVI-02 @GVI-16 @GVI-12
  Scenario: Bara gruppens egna call-in räknas, även för den som är med i två grupper
    Givet att gruppen "Norra nätverket" fick löftet "HUDDINGE-2024" vid ett call-in den 2026-01-15
    Och att gruppen "Västra ligan" har dessa medlemmar:
      | person | född       | var på call-in | står under övervakning |
      | P-0201 | 1998-02-17 | nej            | ja                     |
      | P-0251 | 2000-08-08 | nej            | nej                    |
    Och att gruppen "Västra ligan" inte har haft något call-in
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40
    Och händelsen har en bekräftad koppling till "Norra nätverket"
    Och händelsen har en bekräftad koppling till "Västra ligan"
    Så ska "Norra nätverket" få konsekvenser enligt löftet
    Och ska "Västra ligan" först få löftet
    Och ska P-0201 i gruppen "Norra nätverket" få dessa åtgärder:
      | åtgärd                          |
      | prövning av övervakningsvillkor |
      | erbjudande om stöd              |
    Och ska P-0201 i gruppen "Västra ligan" få dessa åtgärder:
      | åtgärd                          |
      | individuellt budskap (hembesök) |
      | erbjudande om stöd              |
