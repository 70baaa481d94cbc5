# language: sv
Egenskap: Snabba konsekvenser, och snabbare när gruppen upprepar våldet
  Varje åtgärd ska vara genomförd inom löftets frist, räknat från när händelsen registrerades:
  sju dagar normalt, tre dagar när gruppen redan möter konsekvenser för en annan händelse som
  inträffade högst 90 dagar tidigare. Både dagarna och fönstret står i löftet.

  Bakgrund:
    Givet att gruppen "Norra nätverket" fick löftet "HUDDINGE-2024" vid ett call-in den 2025-11-15
    Och att gruppen har dessa medlemmar:
      | person | född       | var på call-in | står under övervakning | är efterlyst |
      | P-1001 | 1996-02-29 | ja             | ja                     | nej          |
      | P-1002 | 2003-06-30 | nej            | nej                    | ja           |

  @GVI-13
  Scenario: Åtgärderna ska vara klara sju dagar efter att skjutningen registrerades
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Och händelsen registreras den 2026-02-02 kl. 09.00
    Så ska gruppen ha normal prioritet
    Och ska gruppen ha fristen 2026-02-09 kl. 09.00 för rekommendationen och varje åtgärd

  @GVI-13 @GVI-14
  Scenario: När gruppen upprepar våldet ska åtgärderna vara klara inom tre dagar
    Givet att gruppen redan har fått konsekvenser efter händelsen K-2026-0007 den 2026-01-10
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Och händelsen registreras den 2026-02-02 kl. 09.00
    Så ska gruppen ha förhöjd prioritet
    Och ska gruppen ha fristen 2026-02-05 kl. 09.00 för rekommendationen och varje åtgärd

  @GVI-13
  Scenario: Fristen kommer från löftet som gruppen fick, inte från en fast regel
    Givet att löftet "HUDDINGE-2026" gäller från 2026-01-01, som "HUDDINGE-2024" men med dessa ändringar:
      | normal frist | 5 dagar |
    Och att gruppen fick löftet "HUDDINGE-2026" vid ett call-in den 2026-01-20
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Och händelsen registreras den 2026-02-02 kl. 09.00
    Så ska gruppen ha fristen 2026-02-07 kl. 09.00 för rekommendationen och varje åtgärd

  @GVI-13
  Scenario: Fristtabellens rad kortar fristen för verkställande av efterlysning till sju dagar när löftets frist är längre
    Givet att löftet "HUDDINGE-2026" gäller från 2026-01-01, som "HUDDINGE-2024" men med dessa ändringar:
      | normal frist | 10 dagar |
    Och att gruppen fick löftet "HUDDINGE-2026" vid ett call-in den 2026-01-20
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Och händelsen registreras den 2026-02-02 kl. 09.00
    Så ska P-1002 ha fristen 2026-02-09 kl. 09.00 för åtgärden "verkställande av efterlysning"
    Och ska P-1001 ha fristen 2026-02-12 kl. 09.00 för åtgärden "prövning av övervakningsvillkor"
    Och ska rekommendationen för gruppen ha fristen 2026-02-09 kl. 09.00
    Och ska förklaringen av åtgärden "verkställande av efterlysning" för P-1002 nämna "fristen blir aldrig längre än sju dagar"

  @GVI-13 @GVI-14
  Scenario: Vid förhöjd prioritet kortar fristtabellens rad fristen för verkställande av efterlysning till tre dagar
    Givet att löftet "HUDDINGE-2026" gäller från 2026-01-01, som "HUDDINGE-2024" men med dessa ändringar:
      | förkortad frist | 5 dagar |
    Och att gruppen fick löftet "HUDDINGE-2026" vid ett call-in den 2026-01-20
    Och att gruppen redan har fått konsekvenser efter händelsen K-2026-0007 den 2026-01-10
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Och händelsen registreras den 2026-02-02 kl. 09.00
    Så ska gruppen ha förhöjd prioritet
    Och ska P-1002 ha fristen 2026-02-05 kl. 09.00 för åtgärden "verkställande av efterlysning"
    Och ska P-1001 ha fristen 2026-02-07 kl. 09.00 för åtgärden "prövning av övervakningsvillkor"
    Och ska förklaringen av åtgärden "verkställande av efterlysning" för P-1002 nämna "fristen blir aldrig längre än tre dagar"

  @GVI-13 @GVI-02
  Scenario: Även en grupp som först ska få löftet har en frist för hembesök och stöd
    Givet att gruppen "Södra gänget" har dessa medlemmar:
      | person | född       |
      | P-1051 | 2000-10-10 |
    Och att gruppen "Södra gänget" inte har haft något call-in
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till "Södra gänget"
    Och händelsen registreras den 2026-02-01 kl. 23.30
    Så ska "Södra gänget" först få löftet
    Och ska "Södra gänget" ha fristen 2026-02-08 kl. 23.30 för rekommendationen och varje åtgärd

  @GVI-14
  Scenario: En ny skjutning exakt 90 dagar efter den förra ger förhöjd prioritet
    Givet att gruppen redan har fått konsekvenser efter händelsen K-2026-0001 den 2026-01-01
    När polisen rapporterar en skjutning som inträffade den 2026-04-01 kl. 19.30 med en bekräftad koppling till gruppen
    Och händelsen har diarienummer K-2026-0090
    Så ska gruppen få konsekvenser enligt löftet
    Och ska gruppen ha förhöjd prioritet

  @GVI-14
  Scenario: En ny skjutning 91 dagar efter den förra har normal prioritet
    Givet att gruppen redan har fått konsekvenser efter händelsen K-2025-0991 den 2025-12-31
    När polisen rapporterar en skjutning som inträffade den 2026-04-01 kl. 19.30 med en bekräftad koppling till gruppen
    Så ska gruppen få konsekvenser enligt löftet
    Och ska gruppen ha normal prioritet

  @GVI-14
  Scenario: En annan skjutning samma dag ger förhöjd prioritet
    Givet att gruppen redan har fått konsekvenser efter händelsen K-2026-0089 den 2026-04-01
    När polisen rapporterar en skjutning som inträffade den 2026-04-01 kl. 19.30 med en bekräftad koppling till gruppen
    Och händelsen har diarienummer K-2026-0090
    Så ska gruppen ha förhöjd prioritet

  @GVI-14
  Scenario: En äldre skjutning som rapporteras sent får inte förhöjd prioritet av en senare händelse
    Givet att gruppen redan har fått konsekvenser efter händelsen K-2026-0120 den 2026-04-10
    När polisen rapporterar en skjutning som inträffade den 2026-04-01 kl. 19.30 med en bekräftad koppling till gruppen
    Så ska gruppen ha normal prioritet

  @GVI-14
  Scenario: En ny bedömning av samma händelse höjer inte prioriteten för sig själv
    Givet att gruppen redan har fått konsekvenser efter händelsen K-2026-0090 den 2026-04-01
    När polisen rapporterar en skjutning som inträffade den 2026-04-01 kl. 19.30 med en bekräftad koppling till gruppen
    Och händelsen har diarienummer K-2026-0090
    Så ska gruppen ha normal prioritet

  @GVI-14
  Scenario: Utan konsekvenser för gruppen blir prioriteten inte förhöjd, även om våldet upprepas
    Givet att gruppen redan har fått konsekvenser efter händelsen K-2026-0089 den 2026-03-20
    När polisen rapporterar en skjutning som inträffade den 2026-04-01 kl. 19.30 med en möjlig koppling till gruppen
    Så ska gruppen invänta en starkare koppling
    Och ska gruppen ha normal prioritet

  @GVI-14
  Scenario: Eskaleringsfönstret kommer från löftet som gruppen fick
    Givet att löftet "HUDDINGE-2026" gäller från 2026-01-01, som "HUDDINGE-2024" men med dessa ändringar:
      | eskaleringsfönster | 30 dagar |
    Och att gruppen fick löftet "HUDDINGE-2026" vid ett call-in den 2026-01-20
    Och att gruppen redan har fått konsekvenser efter händelsen K-2026-0030 den 2026-02-20
    När polisen rapporterar en skjutning som inträffade den 2026-04-01 kl. 19.30 med en bekräftad koppling till gruppen
    Så ska gruppen ha normal prioritet

  @GVI-13
  Scenario: Fristen räknas i kalenderdagar, också när sommartiden börjar under fristen
    När polisen rapporterar en skjutning som inträffade den 2026-03-26 kl. 22.10 med en bekräftad koppling till gruppen
    Och händelsen registreras den 2026-03-27 kl. 09.00
    Så ska gruppen ha fristen 2026-04-03 kl. 09.00 för rekommendationen och varje åtgärd
