# language: sv
Egenskap: Bara det allvarligaste våldet utlöser konsekvenser för gruppen
  GVI riktar sig mot det dödliga våldet, inte mot brottslighet i allmänhet. Löftet "HUDDINGE-2024"
  nämner mord, mordförsök, skjutningar och sprängningar. Andra händelser ger inga gruppåtgärder,
  även när gruppen har fått löftet; den som misstänks utreds ändå enligt vanlig lag. Gäller inget
  löfte på händelsedagen finns inga tillkännagivna konsekvenser att följa.

  Bakgrund:
    Givet att gruppen "Norra nätverket" fick löftet "HUDDINGE-2024" vid ett call-in den 2026-01-15
    Och att gruppen har dessa medlemmar:
      | person | född       | var på call-in | står under övervakning | är efterlyst |
      | P-0101 | 1999-04-12 | ja             | ja                     | nej          |
      | P-0102 | 2004-09-30 | nej            | nej                    | ja           |

  @GVI-01
  Scenario: En grov misshandel ger inga gruppåtgärder, trots att gruppen bevisligen ligger bakom
    När polisen rapporterar en grov misshandel som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska gruppen inte få några gruppåtgärder
    Och ska gruppen inte få några åtgärder alls
    Och ska sammanfattningen för gruppen lyda "Händelsen, en grov misshandel, är ingen utlösande händelse enligt löftet HUDDINGE-2024: GVI riktar sig mot det allvarligaste våldet, inte mot brottslighet i allmänhet, så inga gruppåtgärder föreslås."

  @GVI-01 @GVI-11
  Scenario: Den som misstänks för en grov misshandel utreds ändå med förtur, men gruppen lämnas utanför
    När polisen rapporterar en grov misshandel som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Och P-0101 är misstänkt för händelsen
    Så ska gruppen inte få några gruppåtgärder
    Och ska P-0101 få dessa åtgärder:
      | åtgärd                              |
      | prioriterad utredning och lagföring |
    Och ska P-0102 inte få några åtgärder alls

  @GVI-01
  Scenariomall: Löftet nämner inte <händelsen>, som därför inte ger några gruppåtgärder
    När polisen rapporterar <händelsen> som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska gruppen inte få några gruppåtgärder
    Och ska gruppen inte få några åtgärder alls

    Exempel:
      | händelsen         |
      | ett rån           |
      | en anlagd brand   |
      | ett hot           |
      | ett narkotikabrott |
      | en annan händelse |

  @GVI-01
  Scenariomall: Löftet nämner <händelsen>, som därför ger konsekvenser för gruppen
    När polisen rapporterar <händelsen> som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska gruppen få konsekvenser enligt löftet
    Och ska P-0101 få åtgärden "prövning av övervakningsvillkor"

    Exempel:
      | händelsen      |
      | ett mord       |
      | ett mordförsök |
      | en skjutning   |
      | en sprängning  |

  @GVI-01 @GVI-18
  Scenario: Sammanfattningen nämner ett mord med rätt artikel
    När polisen rapporterar ett mord som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska sammanfattningen för gruppen lyda "Gruppen fick löftet HUDDINGE-2024 vid call-in och kopplas till ett mord: de utlovade konsekvenserna föreslås för hela gruppen, var och en på egen rättslig grund, och stödet erbjuds på nytt."

  @GVI-01 @GVI-13 @GVI-18
  Scenario: En skjutning innan något löfte började gälla ger inga gruppåtgärder och ingen frist
    När polisen rapporterar en skjutning som inträffade den 2024-05-31 kl. 23.10 med en bekräftad koppling till gruppen
    Så ska gruppen inte få några gruppåtgärder
    Och ska gruppen inte få några åtgärder alls
    Och ska sammanfattningen för gruppen nämna "Inget GVI-löfte gällde på händelsedagen"
    Och ska gruppen inte ha någon frist
    Och ska rekommendationen för gruppen inte följa något löfte
    Och ska sammanfattningen för gruppen lyda "Inget GVI-löfte gällde på händelsedagen 2024-05-31, så inga gruppåtgärder föreslås."

  @GVI-01
  Scenario: När löftet har upphört att gälla finns inga konsekvenser att följa
    Givet att löftet "HUDDINGE-2024" bara gällde till och med 2026-01-31
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska gruppen inte få några gruppåtgärder
    Och ska sammanfattningen för gruppen nämna "Inget GVI-löfte gällde på händelsedagen"

  @GVI-01
  Scenario: Ett löfte gäller till och med sin sista dag
    Givet att löftet "HUDDINGE-2024" bara gällde till och med 2026-02-01
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska gruppen få konsekvenser enligt löftet
