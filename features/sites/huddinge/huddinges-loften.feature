# language: sv
Egenskap: Huddinges löften: HUDDINGE-2024 och, från 2027, HUDDINGE-2027
  Huddinge lämnar löftet "HUDDINGE-2024" vid sina call-in och, från den 1 januari 2027, löftet
  "HUDDINGE-2027", vars text också nämner mordförsök. Båda nämner mord, mordförsök, skjutningar och
  sprängningar, men inte grov misshandel, och lovar bland annat prövning av övervakningsvillkor
  (klausul §2) och vistelseförbud (§6) men inte indrivning av skulder. Scenarierna här körs bara mot
  Huddinges regler: de gemensamma reglerna med Huddinges egna löften. Alla namn och personer är påhittade.

  Bakgrund:
    Givet att gruppen "Skogsbrynet" har dessa medlemmar:
      | person | född       | var på call-in | står under övervakning | tidigare grovt våld | har skulder hos Kronofogden |
      | P-2401 | 1996-04-18 | ja             | ja                     | ja                  | ja                          |

  @GVI-03
  Scenario: En skjutning efter ett call-in med HUDDINGE-2024 ger konsekvenser som hänvisar till Huddinges klausuler
    Givet att gruppen fick löftet "HUDDINGE-2024" vid ett call-in den 2026-01-15
    När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska gruppen få konsekvenser enligt löftet
    Och ska rekommendationen för gruppen följa löftet "HUDDINGE-2024" och ange regeluppsättningens version
    Och ska sammanfattningen för gruppen lyda "Gruppen fick löftet HUDDINGE-2024 vid call-in och kopplas till en skjutning: de utlovade konsekvenserna föreslås för hela gruppen, var och en på egen rättslig grund, och stödet erbjuds på nytt."
    Och ska P-2401 få dessa åtgärder:
      | åtgärd                          |
      | prövning av övervakningsvillkor |
      | vistelseförbud                  |
      | erbjudande om stöd              |
    Och ska åtgärden "prövning av övervakningsvillkor" för P-2401 hänvisa till klausulen "HUDDINGE-2024 §2" i löftet
    Och ska åtgärden "vistelseförbud" för P-2401 hänvisa till klausulen "HUDDINGE-2024 §6" i löftet
    Och ska varje sanktion för gruppen hänvisa till sin klausul i löftet
    Och ska P-2401 inte få åtgärden "indrivning av skulder", med skälet "ingår inte i löftet"

  @GVI-02
  Scenario: Ett mordförsök under 2027 mot en grupp som fick HUDDINGE-2027 ger konsekvenser enligt HUDDINGE-2027
    Givet att gruppen fick löftet "HUDDINGE-2027" vid ett call-in den 2027-01-20
    När polisen rapporterar ett mordförsök som inträffade den 2027-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska gruppen få konsekvenser enligt löftet
    Och ska rekommendationen för gruppen följa löftet "HUDDINGE-2027" och ange regeluppsättningens version
    Och ska sammanfattningen för gruppen lyda "Gruppen fick löftet HUDDINGE-2027 vid call-in och kopplas till ett mordförsök: de utlovade konsekvenserna föreslås för hela gruppen, var och en på egen rättslig grund, och stödet erbjuds på nytt."
    Och ska åtgärden "prövning av övervakningsvillkor" för P-2401 hänvisa till klausulen "HUDDINGE-2027 §2" i löftet
    Och ska varje sanktion för gruppen hänvisa till sin klausul i löftet

  @GVI-02
  Scenario: En grupp som fick HUDDINGE-2024 bedöms fortfarande enligt det efter 2027
    Givet att gruppen fick löftet "HUDDINGE-2024" vid ett call-in den 2026-01-15
    När polisen rapporterar ett mordförsök som inträffade den 2027-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska gruppen få konsekvenser enligt löftet
    Och ska rekommendationen för gruppen följa löftet "HUDDINGE-2024" och ange regeluppsättningens version
    Och ska åtgärden "prövning av övervakningsvillkor" för P-2401 hänvisa till klausulen "HUDDINGE-2024 §2" i löftet

  @GVI-01
  Scenario: En grov misshandel står inte i Huddinges löfte och ger inga gruppåtgärder
    Givet att gruppen fick löftet "HUDDINGE-2024" vid ett call-in den 2026-01-15
    När polisen rapporterar en grov misshandel som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
    Så ska gruppen inte få några gruppåtgärder
    Och ska gruppen inte få några åtgärder alls
    Och ska sammanfattningen för gruppen lyda "Händelsen, en grov misshandel, är ingen utlösande händelse enligt löftet HUDDINGE-2024: GVI riktar sig mot det allvarligaste våldet, inte mot brottslighet i allmänhet, så inga gruppåtgärder föreslås."
