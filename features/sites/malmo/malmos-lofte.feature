# language: sv
Egenskap: Malmös löfte: grov misshandel utlöser konsekvenser, skulder drivs in och fristen är tio dagar
  Malmö lämnar löftet "MALMO-2025" vid sina call-in. Det nämner, utöver mord, mordförsök, skjutningar
  och sprängningar, också grov misshandel. Det lovar indrivning av skulder men inte vistelseförbud,
  och åtgärderna ska vara klara inom tio dagar. Scenarierna här körs bara mot Malmös regler: de
  gemensamma reglerna med Malmös egna löfte. Alla namn och personer är påhittade.

  Bakgrund:
    Givet att gruppen "Östra kretsen" fick löftet "MALMO-2025" vid ett call-in den 2026-01-15
    Och att gruppen har dessa medlemmar:
      | person | född       | var på call-in | står under övervakning | har skulder hos Kronofogden | tidigare grovt våld |
      | P-2501 | 1997-03-12 | ja             | ja                     | ja                          | ja                  |

  @GVI-01
  Scenario: En grov misshandel utlöser konsekvenser för gruppen i Malmö
    När polisen rapporterar en grov misshandel som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska gruppen få konsekvenser enligt löftet
    Och ska rekommendationen för gruppen följa löftet "MALMO-2025" och ange regeluppsättningens version
    Och ska sammanfattningen för gruppen lyda "Gruppen fick löftet MALMO-2025 vid call-in och kopplas till en grov misshandel: de utlovade konsekvenserna föreslås för hela gruppen, var och en på egen rättslig grund, och stödet erbjuds på nytt."

  @GVI-06
  Scenario: Malmö har lovat indrivning av skulder men inte vistelseförbud
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska P-2501 få dessa åtgärder:
      | åtgärd                          |
      | prövning av övervakningsvillkor |
      | indrivning av skulder           |
      | erbjudande om stöd              |
    Och ska P-2501 inte få åtgärden "vistelseförbud", med skälet "ingår inte i löftet"
    Och ska åtgärden "prövning av övervakningsvillkor" för P-2501 hänvisa till klausulen "MALMO-2025 M2" i löftet
    Och ska åtgärden "indrivning av skulder" för P-2501 hänvisa till klausulen "MALMO-2025 M4" i löftet
    Och ska varje sanktion för gruppen hänvisa till sin klausul i löftet

  @GVI-13
  Scenario: I Malmö ska åtgärderna vara klara tio dagar efter att skjutningen registrerades
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Och händelsen registreras den 2026-02-02 kl. 09.00
    Så ska gruppen ha fristen 2026-02-12 kl. 09.00 för rekommendationen och varje åtgärd

  @GVI-01
  Scenario: Ett rån står inte i Malmös löfte och ger inga gruppåtgärder
    När polisen rapporterar ett rån som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska gruppen inte få några gruppåtgärder
    Och ska gruppen inte få några åtgärder alls
    Och ska sammanfattningen för gruppen lyda "Händelsen, ett rån, är ingen utlösande händelse enligt löftet MALMO-2025: GVI riktar sig mot det allvarligaste våldet, inte mot brottslighet i allmänhet, så inga gruppåtgärder föreslås."
