# language: sv
@GVI-11
Egenskap: Den som misstänks för händelsen utreds med förtur enligt vanlig lag
  Prioriterad utredning och lagföring är ingen gruppsanktion utan vanlig lag. Den som misstänks och
  är eller har varit medlem i en utpekad grupp får den i gruppens rekommendation, vilket utfall
  gruppen än får. Ett barn under 15 år lagförs inte; socialtjänsten underrättas i stället, och bara
  en gång. Misstänkta som inte hör till någon utpekad grupp listas för sig, utan åtgärd.

  Bakgrund:
    Givet att gruppen "Norra nätverket" har dessa medlemmar:
      | person | född       | var på call-in | står under övervakning |
      | P-0801 | 1998-03-03 | ja             | ja                     |
      | P-0802 | 2012-05-05 | ja             | nej                    |
      | P-0803 | 2009-01-01 | ja             | nej                    |

  Scenario: En misstänkt medlem utreds med förtur utöver gruppens konsekvenser
    Givet att gruppen fick löftet "HUDDINGE-2024" vid ett call-in den 2026-01-15
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Och P-0801 är misstänkt för händelsen
    Så ska P-0801 få dessa åtgärder:
      | åtgärd                              |
      | prövning av övervakningsvillkor     |
      | prioriterad utredning och lagföring |
      | erbjudande om stöd                  |
    Och ska P-0801 få åtgärden "prioriterad utredning och lagföring" enligt regeln GVI-11
    Och ska förklaringen av åtgärden "prioriterad utredning och lagföring" för P-0801 lyda "P-0801 är misstänkt för händelsen och är eller har varit medlem i gruppen: utredningen prioriteras enligt vanlig lag, oberoende av gruppens utfall."

  Scenario: En misstänkt 13-åring anmäls till socialtjänsten i stället för att lagföras, och bara en gång
    Givet att gruppen fick löftet "HUDDINGE-2024" vid ett call-in den 2026-01-15
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Och P-0802 är misstänkt för händelsen
    Så ska P-0802 få dessa åtgärder:
      | åtgärd                      |
      | anmälan till socialtjänsten |
      | erbjudande om stöd          |
    Och ska P-0802 inte få åtgärden "prioriterad utredning och lagföring"

  Scenario: En misstänkt 13-åring i en grupp som inte fått löftet anmäls till socialtjänsten
    Givet att gruppen inte har haft något call-in
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Och P-0802 är misstänkt för händelsen
    Så ska gruppen först få löftet
    Och ska P-0802 få dessa åtgärder:
      | åtgärd                          |
      | anmälan till socialtjänsten     |
      | individuellt budskap (hembesök) |
      | erbjudande om stöd              |

  Scenario: En misstänkt 13-åring anmäls till socialtjänsten även när kopplingen till gruppen bara är möjlig
    Givet att gruppen fick löftet "HUDDINGE-2024" vid ett call-in den 2026-01-15
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en möjlig koppling till gruppen
    Och P-0802 är misstänkt för händelsen
    Så ska gruppen invänta en starkare koppling
    Och ska P-0802 få dessa åtgärder:
      | åtgärd                      |
      | anmälan till socialtjänsten |
    Och ska förklaringen av åtgärden "anmälan till socialtjänsten" för P-0802 lyda "P-0802 är misstänkt för händelsen men var 13 år, under straffbarhetsåldern 15 år: socialtjänsten underrättas i stället för lagföring."

  Scenario: En misstänkt 17-åring utreds med förtur och socialtjänsten underrättas
    Givet att gruppen fick löftet "HUDDINGE-2024" vid ett call-in den 2026-01-15
    När polisen rapporterar ett mordförsök som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Och P-0803 är misstänkt för händelsen
    Så ska P-0803 få dessa åtgärder:
      | åtgärd                              |
      | prioriterad utredning och lagföring |
      | anmälan till socialtjänsten         |
      | erbjudande om stöd                  |

  @GVI-02
  Scenario: En misstänkt medlem utreds med förtur även när gruppen först ska få löftet
    Givet att gruppen inte har haft något call-in
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Och P-0801 är misstänkt för händelsen
    Så ska gruppen först få löftet
    Och ska P-0801 få dessa åtgärder:
      | åtgärd                              |
      | prioriterad utredning och lagföring |
      | individuellt budskap (hembesök)     |
      | erbjudande om stöd                  |

  Scenario: En misstänkt som inte hör till någon kartlagd grupp listas utan åtgärd
    Givet att gruppen fick löftet "HUDDINGE-2024" vid ett call-in den 2026-01-15
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Och P-0899 är misstänkt för händelsen
    Så ska P-0899 stå som misstänkt utan koppling till någon utpekad grupp
    Och ska gruppen få konsekvenser enligt löftet

  Scenario: En misstänkt från en grupp som inte kopplas till händelsen listas utan åtgärd
    Givet att gruppen "Östra falangen" har dessa medlemmar:
      | person | född       | står under övervakning |
      | P-0851 | 1995-12-12 | ja                     |
    Och att gruppen "Östra falangen" fick löftet "HUDDINGE-2024" vid ett call-in den 2026-01-15
    Och att gruppen "Norra nätverket" fick löftet "HUDDINGE-2024" vid ett call-in den 2026-01-15
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till "Norra nätverket"
    Och P-0851 är misstänkt för händelsen
    Så ska P-0851 stå som misstänkt utan koppling till någon utpekad grupp
