# language: sv
@GVI-16
Egenskap: En händelse med flera grupper bedöms för varje grupp för sig
  En skjutning kan kopplas till flera grupper – den som sköt och den som blev beskjuten, eller två
  grupper som båda kan ligga bakom. Varje grupp får en egen rekommendation som bedöms för sig.

  Bakgrund:
    Givet att gruppen "Norra nätverket" fick löftet "HUDDINGE-2024" vid ett call-in den 2026-01-15
    Och att gruppen "Norra nätverket" har dessa medlemmar:
      | person | född       | var på call-in | står under övervakning |
      | P-1601 | 1998-08-18 | ja             | ja                     |
      | P-1602 | 2004-04-14 | ja             | nej                    |
    Och att gruppen "Södra gänget" fick löftet "HUDDINGE-2024" vid ett call-in den 2026-01-22
    Och att gruppen "Södra gänget" har dessa medlemmar:
      | person | född       | var på call-in | står under övervakning |
      | P-1651 | 1997-07-17 | ja             | ja                     |
      | P-1652 | 2011-11-11 | nej            | nej                    |

  @GVI-15
  Scenario: Gruppen som sköt möter konsekvenser och gruppen som blev beskjuten får stöd
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till "Norra nätverket"
    Och "Södra gänget" är utsatt för händelsen
    Så ska "Norra nätverket" få konsekvenser enligt löftet
    Och ska "Södra gänget" få stöd för att förebygga hämnd
    Och ska P-1601 få åtgärden "prövning av övervakningsvillkor"
    Och ska P-1651 inte få åtgärden "prövning av övervakningsvillkor"
    Och ska P-1652 få dessa åtgärder:
      | åtgärd                          |
      | anmälan till socialtjänsten     |
      | individuellt budskap (hembesök) |
      | erbjudande om stöd              |

  @GVI-03
  Scenario: Två grupper med olika säker koppling till samma skjutning bedöms var för sig
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40
    Och händelsen har en bekräftad koppling till "Norra nätverket"
    Och händelsen har en möjlig koppling till "Södra gänget"
    Så ska "Norra nätverket" få konsekvenser enligt löftet
    Och ska "Södra gänget" invänta en starkare koppling
    Och ska "Södra gänget" inte få några åtgärder alls

  @GVI-14
  Scenario: Förhöjd prioritet för den ena gruppen påverkar inte den andra
    Givet att gruppen "Södra gänget" redan har fått konsekvenser efter händelsen K-2026-0011 den 2026-01-25
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40
    Och händelsen har en bekräftad koppling till "Norra nätverket"
    Och händelsen har en trolig koppling till "Södra gänget"
    Så ska "Södra gänget" ha förhöjd prioritet
    Och ska "Norra nätverket" ha normal prioritet

  Scenario: En grupp som kopplas två gånger till samma händelse avvisas
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40
    Och händelsen har en bekräftad koppling till "Norra nätverket"
    Och "Norra nätverket" är utsatt för händelsen
    Så ska händelsen avvisas med beskedet "är kopplad till händelsen mer än en gång"
