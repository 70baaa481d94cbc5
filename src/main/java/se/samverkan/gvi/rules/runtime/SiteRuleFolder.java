package se.samverkan.gvi.rules.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.decision.RuleProblem;

/**
 * The layout of a rule folder for several sites (docs/rules.md, "Rules per site"): the files at the top are the common
 * rule set (rules, levers, ages, rule language, decision tables, behaviours); {@code sites/<site>/}
 * holds what one site adds or replaces. A site's rule set is the common files overlaid with the
 * site's files at the same relative path, so its version is the SHA-256 of exactly the files it
 * serves.
 *
 * <p>A site may have only:
 * <ul>
 *   <li>{@code promises/*.yaml}: its own promises (a file at the path of a common promise replaces it);</li>
 *   <li>{@code gvi/*.drl}, {@code gvi/*.dslr}, {@code gvi/*.drl.csv}, {@code gvi/*.drl.xlsx}: an extra
 *       rule file, or a replacement of the common file at the same path (a stricter decision table);</li>
 *   <li>{@code *.md}: prose, which never changes behaviour.</li>
 * </ul>
 * Anything else (the lever catalogue, the age limits, the rule language, the behaviours) is national
 * and common to every site; a site file there is a problem that refuses the site's rule set.
 *
 * <p>A folder without {@code sites/} is one rule set that serves one site (the older layout).
 */
public final class SiteRuleFolder {

    /** The features folder that belongs to a rule folder: {@code features/} beside it. */
    public static Path featuresBeside(Path rulesFolder) {
        Path parent = rulesFolder.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("features") : parent.resolve("features");
    }

    /** The folder, inside the rule folder, that holds one folder per site. */
    public static final String SITES = "sites";

    /** The folder of a rule set's promises, as a rule set serves it. */
    public static final String PROMISES_FOLDER = "promises/";

    private static final String PROMISES = PROMISES_FOLDER;
    private static final Pattern PROMISE_ID = Pattern.compile("(?m)^id:\\s*\"?([^\"\\s]+)\"?\\s*$");
    private static final Pattern SITE_NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final List<Pattern> SITE_MAY_HAVE = List.of(
            Pattern.compile("promises/[^/]+\\.ya?ml"), Pattern.compile("gvi/[^/]+\\.(drl|dslr|drl\\.csv|drl\\.xlsx)"));

    /**
     * The files one rule set serves (path → text, as {@code RuleSetLoader.load(Map)} reads them), where
     * each came from (path in the rule folder), and the problems of the layout itself.
     */
    public record SiteFiles(
            String site, Map<String, String> files, Map<String, String> origin, List<RuleProblem> problems) {

        public SiteFiles {
            files = new TreeMap<>(files);
            origin = new TreeMap<>(origin);
            problems = List.copyOf(problems);
        }

        /** A problem reported for a served path, named by the file in the rule folder it came from. */
        public RuleProblem located(RuleProblem problem) {
            String from = origin.get(problem.file());
            return from == null || from.equals(problem.file())
                    ? problem
                    : new RuleProblem(from, problem.line(), problem.message());
        }

        /** The file in the rule folder a served path came from (the path itself when unknown). */
        public String originOf(String path) {
            return origin.getOrDefault(path, path);
        }

        /**
         * Where a served path lies, or would lie, in the rule folder: like {@link #originOf}, and for a
         * promise the folder no longer has, in the site's own promises folder.
         */
        public String inFolder(String path) {
            String known = origin.get(path);
            if (known != null) {
                return known;
            }
            String promises = origin.get(PROMISES);
            return promises != null && path.startsWith(PROMISES) ? promises + path.substring(PROMISES.length()) : path;
        }
    }

    private SiteRuleFolder() {}

    /** True when the folder has per-site folders ({@code sites/}). */
    public static boolean hasSites(Path folder) {
        return Files.isDirectory(folder.resolve(SITES));
    }

    /** The sites of a folder: the folders under {@code sites/}, sorted; empty for the older layout. */
    public static List<String> sites(Path folder) {
        return folderNames(folder.resolve(SITES), child -> true);
    }

    /** The first of the folder's sites, or "" (the folder itself) for the older layout without sites. */
    public static String firstSite(Path folder) {
        List<String> sites = sites(folder);
        return sites.isEmpty() ? "" : sites.get(0);
    }

    /**
     * The names of the folders directly under {@code parent} that {@code accepted} keeps, sorted, hidden
     * ones (a leading dot) left out; empty when {@code parent} is no folder.
     */
    public static List<String> folderNames(Path parent, Predicate<Path> accepted) {
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(parent)) {
            return children.filter(Files::isDirectory)
                    .filter(accepted)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The files of one site's rule set: the common files overlaid with {@code sites/<site>/}. For a
     * folder without {@code sites/}, every file of the folder.
     *
     * @throws RuleFolderRefused when the folder has sites but none with that name
     */
    public static SiteFiles of(Path folder, String site) {
        Map<String, String> all = read(folder);
        if (!hasSites(folder)) {
            Map<String, String> origin = new TreeMap<>();
            all.keySet().forEach(p -> origin.put(p, p));
            return new SiteFiles(site, all, origin, List.of());
        }
        if (!sites(folder).contains(site)) {
            throw noSuchSite(folder, site);
        }
        Map<String, String> files = new TreeMap<>();
        Map<String, String> origin = new TreeMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        if (!SITE_NAME.matcher(site).matches()) {
            problems.add(new RuleProblem(
                    SITES + "/" + site,
                    0,
                    "Ortens mapp ska heta med små bokstäver a–z, siffror "
                            + "och bindestreck (till exempel sites/malmo)."));
        }
        all.forEach((path, text) -> {
            if (!path.startsWith(SITES + "/")) {
                files.put(path, text);
                origin.put(path, path);
            }
        });
        String prefix = SITES + "/" + site + "/";
        // "no promise at all" is reported for the folder promises/: for a site, that is its own folder
        origin.put(PROMISES, prefix + PROMISES);
        all.forEach((path, text) -> {
            if (!path.startsWith(prefix)) {
                return;
            }
            String served = path.substring(prefix.length());
            if (SITE_MAY_HAVE.stream().noneMatch(p -> p.matcher(served).matches())) {
                problems.add(new RuleProblem(
                        path,
                        0,
                        "En ort får bara ha egna löften (promises/*.yaml) och egna "
                                + "eller ersatta regelfiler (gvi/*.drl, *.dslr, *.drl.csv). " + served
                                + " är gemensam för alla "
                                + "orter: ändra den gemensamma filen, eller ta bort den här."));
                return;
            }
            files.put(served, text);
            origin.put(served, path);
        });
        return new SiteFiles(site, files, origin, problems);
    }

    /**
     * The files the scenarios run against for a site: the site's rule set without its own promises,
     * with the sites' promises that the common scenarios name instead (a promise whose id stands in
     * quotes in a {@code features/} scenario outside {@code features/sites/}, such as
     * {@code "HUDDINGE-2024"}), so the common scenarios run against the real promises they speak of
     * and never depend on which site is checked. With no site ({@code null}), the common rules with
     * those promises. For a folder without {@code sites/}, the folder as it is.
     */
    public static SiteFiles forScenarios(Path folder, Path features, @Nullable String site) {
        if (!hasSites(folder)) {
            return of(folder, site == null ? "" : site);
        }
        SiteFiles served = site == null ? common(folder) : of(folder, site);
        Map<String, String> files = new TreeMap<>();
        Map<String, String> origin = new TreeMap<>();
        served.files().forEach((path, text) -> {
            if (!path.startsWith(PROMISES)) {
                files.put(path, text);
                origin.put(path, served.originOf(path));
            }
        });
        String scenarios = commonScenarios(features);
        for (String each : sites(folder)) {
            Path promises = folder.resolve(SITES).resolve(each).resolve(PROMISES);
            if (!Files.isDirectory(promises)) {
                continue;
            }
            read(promises).forEach((path, text) -> {
                Matcher id = PROMISE_ID.matcher(text);
                if (!path.contains("/") && id.find() && scenarios.contains("\"" + id.group(1) + "\"")) {
                    files.put(PROMISES + path, text);
                    origin.put(PROMISES + path, SITES + "/" + each + "/" + PROMISES + path);
                }
            });
        }
        return new SiteFiles(served.site(), files, origin, served.problems());
    }

    /** The text of every common scenario: the {@code *.feature} files of {@code features/} outside {@code sites/}. */
    private static String commonScenarios(Path features) {
        if (!Files.isDirectory(features)) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        try (Stream<Path> paths = Files.walk(features)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String relative = features.relativize(path).toString().replace('\\', '/');
                if (relative.endsWith(".feature") && !relative.startsWith(SITES + "/")) {
                    text.append(Files.readString(path, StandardCharsets.UTF_8)).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The common files alone (no site's files). */
    static SiteFiles common(Path folder) {
        Map<String, String> files = new TreeMap<>();
        Map<String, String> origin = new TreeMap<>();
        read(folder).forEach((path, text) -> {
            if (!path.startsWith(SITES + "/")) {
                files.put(path, text);
                origin.put(path, path);
            }
        });
        return new SiteFiles("", files, origin, List.of());
    }

    static RuleFolderRefused noSuchSite(Path folder, String site) {
        return new RuleFolderRefused(
                "the rule folder has no rules for the site " + site,
                List.of(new RuleProblem(
                        SITES + "/" + site,
                        0,
                        "Orten " + site + " har inga regler: regelmappen har ingen "
                                + "mapp " + SITES + "/" + site + ". Orter med regler: "
                                + String.join(", ", sites(folder)) + ".")));
    }

    /**
     * Every file of a folder as text, by its path relative to the folder with '/' separators, the way
     * a rule set stores its files: prose ({@code *.md}) and hidden files left out, a spreadsheet
     * decision table as {@code base64:} and its Base64 encoding.
     */
    static Map<String, String> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new UncheckedIOException(new IOException("no rule folder at " + folder.toAbsolutePath()));
        }
        Map<String, String> files = new TreeMap<>();
        try {
            Path real = folder.toRealPath();
            try (Stream<Path> paths = Files.walk(real)) {
                for (Path path : paths.filter(Files::isRegularFile).toList()) {
                    String relative = real.relativize(path).toString().replace('\\', '/');
                    if (relative.endsWith(".md") || relative.startsWith(".")) {
                        continue;
                    }
                    byte[] bytes = Files.readAllBytes(path);
                    files.put(
                            relative,
                            relative.endsWith(".xlsx")
                                    ? "base64:" + Base64.getEncoder().encodeToString(bytes)
                                    : new String(bytes, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
