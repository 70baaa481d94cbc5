# Det svenska regelspråket (Drools DSL) för filerna gvi/*.dslr (ligger i regelmappens rot, som SPEC §4 anger).
# Varje rad: [when] för ett villkor eller [then] för en följd, sedan meningen som juristen skriver,
# ett likhetstecken, och vad meningen betyder för regelmotorn. I förklaringarna (texten inom
# citattecken) fylls <person>, <ålder>, <lämnade>, <åtgärd>, <grund>, <minimiålder>, <löfte>,
# <straffbarhetsålder>, <myndighetsålder> och <lagrum> (en tabellrads rättsliga grund) i från det regeln har hittat.
# En rad i ålderstabellen (gvi/lever-min-ages.drl.csv) kan bara höja en åtgärds lägsta ålder: "gammal nog"
# betyder minst katalogens minAge och minst tabellens ålder.
#
# The Swedish rule language. Each line: the sentence a reviewer writes = what it means to the engine.

[when]Händelsedagen=IncidentFact( $date : date )
[when]Åldersgränserna=$limits : AgeLimits( $adultFrom : criminalResponsibilityAge, $majority : adultAge )
[when]Gruppen möts av konsekvenser=CaseOutcome( $g : groupRef, outcome == Outcome.GROUP_ENFORCEMENT )
[when]Gruppen får konsekvenser, får löftet eller ska avhållas från hämnd=CaseOutcome( $g : groupRef, outcome in ( Outcome.GROUP_ENFORCEMENT, Outcome.RETALIATION_PREVENTION, Outcome.DELIVER_PROMISE ) )
[when]Löftet som gäller för gruppen=ApplicablePromise( groupRef == $g, $p : promise )
[when]En medlem som inte hade lämnat gruppen på händelsedagen=$m : Member( groupRef == $g, $ref : personRef, !exitedBy( $date ) )
[when]En medlem som lämnade gruppen senast på händelsedagen=$m : Member( groupRef == $g, $ref : personRef, exitedBy( $date ) )
[when]En person som omfattas av gruppens konsekvenser=Enforced( $g : groupRef, $ref : personRef )
[when]Personen är under straffbarhetsåldern på händelsedagen=$m : Member( groupRef == $g, personRef == $ref, age < $adultFrom )
[when]Personen har fyllt straffbarhetsåldern men inte myndighetsåldern=$m : Member( groupRef == $g, personRef == $ref, age >= $adultFrom, age < $majority )
[when]Personen har fyllt straffbarhetsåldern och är inte frihetsberövad=$m : Member( groupRef == $g, personRef == $ref, age >= $adultFrom, !has( "inCustody" ) )
[when]Personen har fyllt straffbarhetsåldern och är frihetsberövad=$m : Member( groupRef == $g, personRef == $ref, age >= $adultFrom, has( "inCustody" ) )
# Den längre meningen står först: regelspråket byter ut den första meningen som passar.
[when]En sanktion i löftet som personen har egen rättslig grund för och är gammal nog för enligt katalogen men för ung för enligt ålderstabellen=$l : Lever( sanction, $p.announces( code ), $m.has( precondition ), minimumAge <= $m.age ) $floor : AgeFloor( lever == $l.code, age > $m.age )
[when]En sanktion i löftet som personen har egen rättslig grund för och är gammal nog för=$l : Lever( sanction, $p.announces( code ), $m.has( precondition ), minimumAge <= $m.age ) not AgeFloor( lever == $l.code, age > $m.age )
[when]En sanktion i löftet som personen har egen rättslig grund för men är för ung för=$l : Lever( sanction, $p.announces( code ), $m.has( precondition ), minimumAge > $m.age )
[when]En sanktion utanför löftet som personen har egen rättslig grund för=$l : Lever( sanction, !$p.announces( code ), $m.has( precondition ) )
[when]Det finns ingen sanktion i löftet som personen har egen rättslig grund för=not Lever( sanction, $p.announces( code ), $m.has( precondition ) )
[when]Åtgärden {kod}=$l : Lever( code == "{kod}" )

[then]Låt personen omfattas av gruppens konsekvenser=insertLogical( Enforced.of( drools.getRule(), $g, $ref ) );
[then]Föreslå sanktionen enligt löftet: "{förklaring}"=insertLogical( Proposal.of( drools.getRule(), $g, $ref, $l, $p.clause( $l.code() ), Wording.fill( "{förklaring}", $m, $l, $p, $limits ) ) );
[then]Föreslå åtgärden: "{förklaring}"=insertLogical( Proposal.of( drools.getRule(), $g, $ref, $l, null, Wording.fill( "{förklaring}", $m, $l, $p, $limits ) ) );
[then]Föreslå ingen sanktion för personen, med skälet {skäl}: "{förklaring}"=insertLogical( Excluded.of( drools.getRule(), $g, $ref, null, ExclusionReason.{skäl}, Wording.fill( "{förklaring}", $m, $p, $limits ) ) );
[then]Föreslå inga åtgärder för personen, med skälet {skäl}: "{förklaring}"=insertLogical( Excluded.of( drools.getRule(), $g, $ref, null, ExclusionReason.{skäl}, Wording.fill( "{förklaring}", $m, $p, $limits ) ) );
[then]Föreslå inte åtgärden, med skälet {skäl}: "{förklaring}"=insertLogical( Excluded.of( drools.getRule(), $g, $ref, $l.code(), ExclusionReason.{skäl}, Wording.fill( "{förklaring}", $m, $l, $p, $limits ) ) );
[then]Föreslå inte åtgärden enligt ålderstabellens rättsliga grund, med skälet {skäl}: "{förklaring}"=insertLogical( Excluded.of( drools.getRule(), $g, $ref, $l.code(), ExclusionReason.{skäl}, $floor.legalBasis(), Wording.fill( "{förklaring}", $m, $l, $floor, $p, $limits ) ) );
