package se.samverkan.gvi.web;

import java.util.regex.Pattern;

/**
 * The shape of a Swedish personnummer or samordningsnummer (YYMMDD-NNNN, YYMMDD+NNNN, YYMMDDNNNN,
 * YYYYMMDDNNNN, YYYYMMDD-NNNN; the day of a samordningsnummer is 61–91). Only pseudonymous
 * references may be stored, so anything of this shape is refused, whatever its checksum: the shape
 * alone shows that someone pasted a real identity.
 */
public final class PersonalIdentityNumbers {

    private static final String MONTH_DAY = "(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]|6[1-9]|[78][0-9]|9[01])";
    private static final Pattern SHAPE = Pattern.compile(
            "(?<![0-9])(?:(?:19|20)[0-9]{2}|[0-9]{2})" + MONTH_DAY + "[-+ ]?[0-9]{4}(?![0-9])");

    public static final String MESSAGE = "looks like a personnummer or samordningsnummer; only pseudonymous "
            + "references may be stored";

    private PersonalIdentityNumbers() {
    }

    public static boolean contains(CharSequence text) {
        return SHAPE.matcher(text).find();
    }

    /** The text with every personnummer-shaped part replaced, for logs. */
    public static String masked(String text) {
        return SHAPE.matcher(text).replaceAll("***");
    }
}
