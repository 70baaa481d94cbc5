# language: sv
@GVI-15
Egenskap: En grupp som utsätts för våld får stöd och en varning om hämnd
  När en kartlagd grupp är offer för en skjutning, ett mord eller en sprängning är risken för hämnd
  stor. Gruppen får inga sanktioner, men alla erbjuds stöd, den som inte hört löftet får det
  individuellt, socialtjänsten underrättas om barn och unga, och sammanfattningen varnar för att
  hämnd i sig utlöser konsekvenser för hela gruppen. Det gäller vare sig gruppen fått löftet eller inte.

  Bakgrund:
    Givet att gruppen "Södra gänget" fick löftet "HUDDINGE-2024" vid ett call-in den 2026-01-15
    Och att gruppen har dessa medlemmar:
      | person | född       | var på call-in | står under övervakning | är efterlyst | lämnade    |
      | P-1101 | 1996-10-10 | ja             | ja                     | nej          |            |
      | P-1102 | 2010-03-03 | ja             | nej                    | nej          |            |
      | P-1103 | 2013-08-08 | nej            | nej                    | nej          |            |
      | P-1104 | 1994-04-04 | ja             | nej                    | ja           | 2026-01-10 |

  Scenario: En grupp som utsatts för en skjutning får stöd och varning, aldrig sanktioner
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 där gruppen är utsatt
    Så ska gruppen få stöd för att förebygga hämnd
    Och ska sammanfattningen för gruppen nämna "hämnd är i sig en utlösande händelse"
    Och ska P-1101 få dessa åtgärder:
      | åtgärd             |
      | erbjudande om stöd |
    Och ska P-1102 få dessa åtgärder:
      | åtgärd                      |
      | anmälan till socialtjänsten |
      | erbjudande om stöd          |
    Och ska P-1103 få dessa åtgärder:
      | åtgärd                          |
      | anmälan till socialtjänsten     |
      | individuellt budskap (hembesök) |
      | erbjudande om stöd              |
    Och ska förklaringen av åtgärden "anmälan till socialtjänsten" för P-1102 lyda "P-1102 är 15 år och ingår i en grupp som utsatts för grovt våld: socialtjänsten underrättas för att förebygga hämnd och skydda personen."

  @GVI-03
  Scenario: Kopplingens säkerhet prövas bara för gärningsgrupper: en grupp som kanske utsatts får också stöd och varning
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 där gruppen är utsatt, med en möjlig koppling
    Så ska gruppen få stöd för att förebygga hämnd
    Och ska sammanfattningen för gruppen nämna "hämnd är i sig en utlösande händelse"
    Och ska P-1101 få dessa åtgärder:
      | åtgärd             |
      | erbjudande om stöd |

  @GVI-10
  Scenario: Den som har lämnat den utsatta gruppen får inga åtgärder
    När polisen rapporterar ett mord som inträffade den 2026-02-01 kl. 21.40 där gruppen är utsatt
    Så ska P-1104 inte få några åtgärder alls, med skälet "har lämnat gruppen"
    Och ska sammanfattningen för gruppen lyda "Gruppen utsattes för ett mord: inga sanktioner, stöd erbjuds – och varning: hämnd är i sig en utlösande händelse som ger hela gruppen konsekvenser enligt löftet HUDDINGE-2024."

  Scenario: En utsatt grupp som aldrig haft call-in får också stöd och löftet individuellt
    Givet att gruppen "Västra ligan" har dessa medlemmar:
      | person | född       | står under övervakning |
      | P-1151 | 1999-01-19 | ja                     |
    Och att gruppen "Västra ligan" inte har haft något call-in
    När polisen rapporterar en sprängning som inträffade den 2026-02-01 kl. 03.20 där "Västra ligan" är utsatt
    Så ska "Västra ligan" få stöd för att förebygga hämnd
    Och ska P-1151 få dessa åtgärder:
      | åtgärd                          |
      | individuellt budskap (hembesök) |
      | erbjudande om stöd              |

  @GVI-01
  Scenario: En grupp som utsatts för en grov misshandel får inga gruppåtgärder
    När polisen rapporterar en grov misshandel som inträffade den 2026-02-01 kl. 21.40 där gruppen är utsatt
    Så ska gruppen inte få några gruppåtgärder
    Och ska gruppen inte få några åtgärder alls
