-- Person facts are the legal reviewer's vocabulary (rules/vocabulary/person-facts.yaml), not columns:
-- a person's true facts are rows here, by the fact's code, so a new fact in the vocabulary needs no
-- migration. A fact that is not stored is false. The eight fact columns of person move here.
create table person_fact (
    site       varchar(64) not null,
    person_ref varchar(64) not null,
    code       varchar(64) not null,
    constraint pk_person_fact primary key (site, person_ref, code),
    constraint fk_person_fact_person foreign key (site, person_ref) references person (site, ref)
);

insert into person_fact (site, person_ref, code) select site, ref, 'underSupervision' from person where under_supervision = true;
insert into person_fact (site, person_ref, code) select site, ref, 'unservedSentence' from person where unserved_sentence = true;
insert into person_fact (site, person_ref, code) select site, ref, 'outstandingWarrant' from person where outstanding_warrant = true;
insert into person_fact (site, person_ref, code) select site, ref, 'enforcementDebt' from person where enforcement_debt = true;
insert into person_fact (site, person_ref, code) select site, ref, 'registeredVehicle' from person where registered_vehicle = true;
insert into person_fact (site, person_ref, code) select site, ref, 'priorViolentOffence' from person where prior_violent_offence = true;
insert into person_fact (site, person_ref, code) select site, ref, 'inCustody' from person where in_custody = true;
insert into person_fact (site, person_ref, code) select site, ref, 'supportAccepted' from person where support_accepted = true;

alter table person drop column under_supervision;
alter table person drop column unserved_sentence;
alter table person drop column outstanding_warrant;
alter table person drop column enforcement_debt;
alter table person drop column registered_vehicle;
alter table person drop column prior_violent_offence;
alter table person drop column in_custody;
alter table person drop column support_accepted;
