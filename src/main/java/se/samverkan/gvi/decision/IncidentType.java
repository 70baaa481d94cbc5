package se.samverkan.gvi.decision;

/** The kinds of reported violence (SPEC §2), with the Swedish words the explanations use. */
public enum IncidentType {
    HOMICIDE("mord"),
    ATTEMPTED_HOMICIDE("mordförsök"),
    SHOOTING("skjutning"),
    EXPLOSION("sprängning"),
    AGGRAVATED_ASSAULT("grov misshandel"),
    ARSON("anlagd brand"),
    THREAT("hot"),
    ROBBERY("rån"),
    DRUG_OFFENCE("narkotikabrott"),
    OTHER("annan händelse");

    private final String swedish;

    IncidentType(String swedish) {
        this.swedish = swedish;
    }

    /** The Swedish word for the type, as a sentence uses it ("skjutning"). */
    public String swedish() {
        return swedish;
    }
}
