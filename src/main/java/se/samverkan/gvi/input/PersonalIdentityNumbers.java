package se.samverkan.gvi.input;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of a Swedish personnummer or samordningsnummer (YYMMDD-NNNN, YYMMDD+NNNN, YYMMDDNNNN,
 * YYYYMMDDNNNN, YYYYMMDD-NNNN; the day of a samordningsnummer is 61–91). Only pseudonymous
 * references may be stored, so anything of this shape is refused, whatever its checksum: the shape
 * alone shows that someone pasted a real identity.
 *
 * <p>The text is normalised before it is matched, so that a number written with look-alike
 * characters is still recognised: Unicode compatibility forms (NFKC: full-width digits and signs),
 * any Unicode decimal digit read as its value (Arabic-Indic, Devanagari, …), every dash, hyphen
 * and minus sign read as {@code -}, every space of any width read as a space, and invisible
 * characters (zero-width spaces and joiners, soft hyphens, byte-order marks) left out. Between the
 * date and the last four digits any one of {@code - + . /} or spaces may stand.
 */
public final class PersonalIdentityNumbers {

    private static final String MONTH_DAY = "(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]|6[1-9]|[78][0-9]|9[01])";
    private static final Pattern SHAPE = Pattern.compile(
            "(?<![0-9])(?:(?:19|20)[0-9]{2}|[0-9]{2})" + MONTH_DAY + " {0,3}[-+./]? {0,3}[0-9]{4}(?![0-9])");

    public static final String MESSAGE =
            "looks like a personnummer or samordningsnummer; only pseudonymous " + "references may be stored";

    private PersonalIdentityNumbers() {}

    public static boolean contains(CharSequence text) {
        return SHAPE.matcher(normalised(text)).find();
    }

    /** The text, normalised, with every personnummer-shaped part replaced: for logs and problem details. */
    public static String masked(CharSequence text) {
        String normalised = normalised(text);
        Matcher matcher = SHAPE.matcher(normalised);
        return matcher.find() ? matcher.replaceAll("***") : text.toString();
    }

    /** The text as the shape is matched against; see the class comment. */
    static String normalised(CharSequence text) {
        String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(compatible.length());
        compatible.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.FORMAT) {
                return;
            }
            if (Character.isDigit(c)) {
                out.append((char) ('0' + Character.digit(c, 10)));
            } else if (isDash(c)) {
                out.append('-');
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** Dashes and hyphens (Unicode Pd) and the minus signs that are not: −, ˗, ➖, ⁃. */
    private static boolean isDash(int c) {
        return Character.getType(c) == Character.DASH_PUNCTUATION
                || c == 0x2212
                || c == 0x02D7
                || c == 0x2796
                || c == 0x2043;
    }
}
