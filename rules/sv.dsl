# Det svenska regelspråket (Drools DSL) för filerna gvi/*.dslr (ligger i regelmappens rot).
# Varje rad: [when] för ett villkor eller [then] för en följd, sedan meningen som juristen skriver,
# ett likhetstecken, och vad meningen betyder för regelmotorn. Juristen skriver bara meningen;
# det som står efter likhetstecknet ändras av utvecklare.
#
# I förklaringar och sammanfattningar (texten inom citattecken) fylls dessa i från det regeln har hittat:
#   <person>             personens referens            <ålder>             personens ålder på händelsedagen
#   <lämnade>            dagen personen lämnade gruppen <åtgärd>            åtgärdens svenska namn
#   <grund>              personens rättsliga grund för åtgärden
#   <minimiålder>        åtgärdens lägsta ålder (ålderstabellens, om en rad i den gäller)
#   <lagrum>             ålderstabellens rättsliga grund <löfte>             löftets id
#   <straffbarhetsålder> och <myndighetsålder>           från ages.yaml
#   <händelsedag>        händelsedagen                  <händelse>          händelsetypen med artikel ("en skjutning")
# En rad i ålderstabellen (gvi/lever-min-ages.drl.csv) kan bara höja en åtgärds lägsta ålder: "gammal nog"
# betyder minst katalogens minAge och minst tabellens ålder.
# Skälet för ett undantag skrivs med ordlistans svenska ord inom citattecken (vocabulary/exclusion-reasons.yaml),
# till exempel med skälet "frihetsberövad". Kontrollen byter orden mot skälets kod innan reglerna kompileras.
#
# En åtgärd skrivs med sitt svenska namn i levers.yaml (nameSv) inom citattecken, till exempel
# Åtgärden "anmälan till socialtjänsten". Kontrollen byter namnet mot åtgärdens kod.
#
# Den längre meningen står först: regelspråket byter ut den första meningen som passar, så en mening
# som börjar som en annan mening måste stå före den.
#
# The Swedish rule language. Each line: the sentence a reviewer writes = what it means to the engine.
# The engine adds the package and imports to every .dslr file that declares none.

# Ärendet och löftet (gvi/01-case.dslr)
[when]En grupp som händelsen har kopplats till=GroupCase( $g : groupRef )
[when]Ett öppet ärende för en grupp=CaseOpened( $g : groupRef )
[when]Gruppens senaste call-in före händelsedagen, med ett löfte som gäller på händelsedagen=$c : CallIn( groupRef == $g, heldOn < $date, $pid : promiseId ) not CallIn( groupRef == $g, heldOn < $date, heldOn > $c.heldOn || ( heldOn == $c.heldOn && id > $c.id ) ) $p : Promise( id == $pid, validOn( $date ) )
[when]Gruppen har inte fått något gällande löfte vid ett call-in=not ApplicablePromise( groupRef == $g, onNotice )
[when]Det löfte som gäller på händelsedagen och började gälla senast=$p : Promise( validOn( $date ) ) not Promise( validOn( $date ), validFrom > $p.validFrom || ( validFrom == $p.validFrom && id > $p.id ) )

# Utfallet (gvi/02-outcome.dslr)
[when]Den anmälda händelsen=$incident : IncidentFact( $date : date, $type : type )
[when]Inget löfte gäller på händelsedagen=not Promise( validOn( $date ) )
[when]Händelsen är ingen utlösande händelse i gruppens löfte=ApplicablePromise( $g : groupRef, $p : promise, !promise.isTrigger( $type ) )
[when]Händelsen är en utlösande händelse i gruppens löfte, som gruppen har fått vid ett call-in före händelsen=ApplicablePromise( $g : groupRef, onNotice, $p : promise, promise.isTrigger( $type ) )
[when]Händelsen är en utlösande händelse i gruppens löfte, som gruppen inte har fått före händelsen=ApplicablePromise( $g : groupRef, !onNotice, $p : promise, promise.isTrigger( $type ) )
[when]Händelsen är en utlösande händelse i gruppens löfte=ApplicablePromise( $g : groupRef, $p : promise, promise.isTrigger( $type ) )
[when]Gruppen är utpekad som gärningsgrupp=GroupCase( groupRef == $g, role == Role.PERPETRATOR )
[when]Gruppen är utpekad som utsatt=GroupCase( groupRef == $g, role == Role.VICTIM )
[when]Kopplingen av gruppen till händelsen är inte tillräckligt stark enligt beslutstabellen=AttributionStrength( groupRef == $g, !enforce )
[when]Kopplingen av gruppen till händelsen är tillräckligt stark enligt beslutstabellen=AttributionStrength( groupRef == $g, enforce )

# Konsekvenser, ålder, frihetsberövande och utträde (gvi/03-enforcement.dslr, gvi/04-age.dslr, gvi/05-custody-exit.dslr)
[when]Händelsedagen=IncidentFact( $date : date )
[when]Åldersgränserna=$limits : AgeLimits( $adultFrom : criminalResponsibilityAge, $majority : adultAge )
[when]Gruppen möts av konsekvenser=CaseOutcome( $g : groupRef, outcome == Outcome.GROUP_ENFORCEMENT )
[when]Gruppen får konsekvenser, får löftet eller ska avhållas från hämnd=CaseOutcome( $g : groupRef, outcome in ( Outcome.GROUP_ENFORCEMENT, Outcome.RETALIATION_PREVENTION, Outcome.DELIVER_PROMISE ) )
[when]Gruppen ska avhållas från hämnd=CaseOutcome( $g : groupRef, outcome == Outcome.RETALIATION_PREVENTION )
[when]Löftet som gäller för gruppen=ApplicablePromise( groupRef == $g, $p : promise )
[when]En medlem under myndighetsåldern som inte hade lämnat gruppen på händelsedagen=$m : Member( groupRef == $g, $ref : personRef, !exitedBy( $date ), age < $majority )
[when]En medlem som inte hade lämnat gruppen på händelsedagen=$m : Member( groupRef == $g, $ref : personRef, !exitedBy( $date ) )
[when]En medlem som lämnade gruppen senast på händelsedagen=$m : Member( groupRef == $g, $ref : personRef, exitedBy( $date ) )
[when]En person som omfattas av gruppens konsekvenser=Enforced( $g : groupRef, $ref : personRef )
[when]Personen är under straffbarhetsåldern på händelsedagen=$m : Member( groupRef == $g, personRef == $ref, age < $adultFrom )
[when]Personen har fyllt straffbarhetsåldern men inte myndighetsåldern=$m : Member( groupRef == $g, personRef == $ref, age >= $adultFrom, age < $majority )
[when]Personen har fyllt straffbarhetsåldern och är inte frihetsberövad=$m : Member( groupRef == $g, personRef == $ref, age >= $adultFrom, !has( "inCustody" ) )
[when]Personen har fyllt straffbarhetsåldern och är frihetsberövad=$m : Member( groupRef == $g, personRef == $ref, age >= $adultFrom, has( "inCustody" ) )
[when]En sanktion i löftet som personen har egen rättslig grund för och är gammal nog för enligt katalogen men för ung för enligt ålderstabellen=$l : Lever( sanction, $p.announces( code ), $m.has( precondition ), minimumAge <= $m.age ) $floor : AgeFloor( lever == $l.code, age > $m.age )
[when]En sanktion i löftet som personen har egen rättslig grund för och är gammal nog för=$l : Lever( sanction, $p.announces( code ), $m.has( precondition ), minimumAge <= $m.age ) not AgeFloor( lever == $l.code, age > $m.age )
[when]En sanktion i löftet som personen har egen rättslig grund för men är för ung för=$l : Lever( sanction, $p.announces( code ), $m.has( precondition ), minimumAge > $m.age )
[when]En sanktion utanför löftet som personen har egen rättslig grund för=$l : Lever( sanction, !$p.announces( code ), $m.has( precondition ) )
[when]Det finns ingen sanktion i löftet som personen har egen rättslig grund för=not Lever( sanction, $p.announces( code ), $m.has( precondition ) )

# Misstänkta (gvi/06-suspects.dslr)
[when]En misstänkt som är eller har varit medlem och har fyllt straffbarhetsåldern=$m : Member( groupRef == $g, suspect, age >= $adultFrom, $ref : personRef )
[when]En misstänkt som är eller har varit medlem och är under straffbarhetsåldern=$m : Member( groupRef == $g, suspect, age < $adultFrom, $ref : personRef )
[when]Åtgärden har inte redan föreslagits för personen=not Proposal( groupRef == $g, personRef == $ref, leverCode == $l.code )

# Stöd och budskap (gvi/07-help.dslr)
[when]Personen har varken varit på call-in eller fått löftet vid hembesök före händelsedagen=not CallIn( groupRef == $g, heldOn < $date, attendees contains $ref ) not Notification( groupRef == $g, personRef == $ref, deliveredOn < $date )

# Frister (gvi/08-deadlines.dslr)
[when]Gruppen har mötts av konsekvenser för en tidigare händelse inom löftets eskaleringsfönster=$e : EarlierEnforcement( groupRef == $g, incidentDate <= $date, incidentDate >= $date.minusDays( $p.escalationWindowDays() ) )
[when]Gruppens ärende är inte eskalerat=not Escalation( groupRef == $g )
[when]Gruppens ärende är eskalerat=exists Escalation( groupRef == $g )
[when]Fristen för gruppens ärende=$promised : Deadline( $g : groupRef, $priority : priority )
[when]En kortare frist för en åtgärd vid samma prioritet enligt fristtabellen=$limit : DeadlineLimit( priority == $priority, days < $promised.days )

# Tillägg till föregående villkor: en rad som börjar med "-" gör meningen ovanför snävare. Så kan ett
# undantag skrivas som en egen regel ("Undantag från GVI-05: …"), och regeln som undantaget gäller
# snävas in med motsatt rad, så att de två aldrig gäller samma person.
[when]- som har fyllt straffbarhetsåldern=age >= $adultFrom
[when]- som är under straffbarhetsåldern=age < $adultFrom
[when]- som är under myndighetsåldern=age < $majority
[when]- som inte är frihetsberövad=!has( "inCustody" )
[when]- som är frihetsberövad=has( "inCustody" )
[when]- som inte är misstänkt för händelsen=!suspect
[when]- som är misstänkt för händelsen=suspect

[when]Åtgärden {kod}=$l : Lever( code == "{kod}" )

[then]Gruppens ärende öppnas och bedöms för sig=insertLogical( CaseOpened.of( drools.getRule(), $g ) );
[then]Löftet gäller för gruppen, som har fått det=insertLogical( ApplicablePromise.of( drools.getRule(), $g, $p, true ) );
[then]Löftet gäller för gruppen, som inte har fått det=insertLogical( ApplicablePromise.of( drools.getRule(), $g, $p, false ) );
[then]Utfallet blir inga gruppåtgärder: "{sammanfattning}"=insertLogical( CaseOutcome.of( drools.getRule(), $g, Outcome.NO_GROUP_ACTION, Wording.fill( "{sammanfattning}", drools.getMatch().getObjects() ) ) );
[then]Utfallet blir att gruppen avhålls från hämnd: "{sammanfattning}"=insertLogical( CaseOutcome.of( drools.getRule(), $g, Outcome.RETALIATION_PREVENTION, Wording.fill( "{sammanfattning}", drools.getMatch().getObjects() ) ) );
[then]Utfallet blir att löftet lämnas först: "{sammanfattning}"=insertLogical( CaseOutcome.of( drools.getRule(), $g, Outcome.DELIVER_PROMISE, Wording.fill( "{sammanfattning}", drools.getMatch().getObjects() ) ) );
[then]Utfallet blir att bekräftelse inväntas: "{sammanfattning}"=insertLogical( CaseOutcome.of( drools.getRule(), $g, Outcome.AWAIT_CONFIRMATION, Wording.fill( "{sammanfattning}", drools.getMatch().getObjects() ) ) );
[then]Utfallet blir konsekvenser för hela gruppen: "{sammanfattning}"=insertLogical( CaseOutcome.of( drools.getRule(), $g, Outcome.GROUP_ENFORCEMENT, Wording.fill( "{sammanfattning}", drools.getMatch().getObjects() ) ) );
[then]Låt personen omfattas av gruppens konsekvenser=insertLogical( Enforced.of( drools.getRule(), $g, $ref ) );
[then]Föreslå sanktionen enligt löftet: "{förklaring}"=insertLogical( Proposal.of( drools.getRule(), $g, $ref, $l, $p.clause( $l.code() ), Wording.fill( "{förklaring}", drools.getMatch().getObjects() ) ) );
[then]Föreslå åtgärden enligt löftets klausul om stöd: "{förklaring}"=insertLogical( Proposal.of( drools.getRule(), $g, $ref, $l, $p.clause( "HELP" ), Wording.fill( "{förklaring}", drools.getMatch().getObjects() ) ) );
[then]Föreslå åtgärden en gång, när alla andra regler har körts: "{förklaring}"=insert( Proposal.of( drools.getRule(), $g, $ref, $l, null, Wording.fill( "{förklaring}", drools.getMatch().getObjects() ) ) );
[then]Föreslå åtgärden: "{förklaring}"=insertLogical( Proposal.of( drools.getRule(), $g, $ref, $l, null, Wording.fill( "{förklaring}", drools.getMatch().getObjects() ) ) );
[then]Föreslå ingen sanktion för personen, med skälet {skäl}: "{förklaring}"=insertLogical( Excluded.of( drools.getRule(), $g, $ref, null, ExclusionReason.of( "{skäl}" ), Wording.fill( "{förklaring}", drools.getMatch().getObjects() ) ) );
[then]Föreslå inga åtgärder för personen, med skälet {skäl}: "{förklaring}"=insertLogical( Excluded.of( drools.getRule(), $g, $ref, null, ExclusionReason.of( "{skäl}" ), Wording.fill( "{förklaring}", drools.getMatch().getObjects() ) ) );
[then]Föreslå inte åtgärden enligt ålderstabellens rättsliga grund, med skälet {skäl}: "{förklaring}"=insertLogical( Excluded.of( drools.getRule(), $g, $ref, $l.code(), ExclusionReason.of( "{skäl}" ), $floor.legalBasis(), Wording.fill( "{förklaring}", drools.getMatch().getObjects() ) ) );
[then]Föreslå inte åtgärden, med skälet {skäl}: "{förklaring}"=insertLogical( Excluded.of( drools.getRule(), $g, $ref, $l.code(), ExclusionReason.of( "{skäl}" ), Wording.fill( "{förklaring}", drools.getMatch().getObjects() ) ) );
[then]Gruppens ärende eskaleras=insertLogical( Escalation.of( drools.getRule(), $g, $e.incidentReference() ) );
[then]Fristen är löftets frist vid normal prioritet=insertLogical( Deadline.of( drools.getRule(), $g, Priority.STANDARD, $p.deadlineDays( Priority.STANDARD ) ) );
[then]Fristen är löftets förkortade frist vid eskalering=insertLogical( Deadline.of( drools.getRule(), $g, Priority.ESCALATED, $p.deadlineDays( Priority.ESCALATED ) ) );
[then]Åtgärden får fristtabellens kortare frist=insertLogical( LeverDeadline.of( drools.getRule(), $promised, $limit ) );
[then]Rekommendationen väntar på en människas beslut=insertLogical( ReviewStatus.of( drools.getRule(), $g, "PENDING_REVIEW" ) );
[then]Rekommendationen anger löftet den följer=insertLogical( PromiseApplied.of( drools.getRule(), $g, $p.id() ) );
