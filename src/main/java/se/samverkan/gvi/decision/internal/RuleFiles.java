package se.samverkan.gvi.decision.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The files of one rule folder, read once into memory, keyed by their path relative to the folder
 * with '/' separators. The version is the SHA-256 over every path and content in path order, so
 * the same files always give the same version. Prose ({@code *.md}) does not change behaviour and is
 * left out of the version.
 */
public record RuleFiles(Map<String, byte[]> contents) {

    public RuleFiles {
        contents = new TreeMap<>(contents);
    }

    public static RuleFiles read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new UncheckedIOException(new IOException("no rule folder at " + folder.toAbsolutePath()));
        }
        Map<String, byte[]> contents = new TreeMap<>();
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Stream<Path> paths = Files.walk(real)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String relative = real.relativize(path).toString().replace('\\', '/');
                if (!relative.endsWith(".md") && !relative.startsWith(".")) {
                    contents.put(relative, Files.readAllBytes(path));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RuleFiles(contents);
    }

    /** The files of a stored version, as {@link #asText()} wrote them. */
    public static RuleFiles fromText(Map<String, String> texts) {
        Map<String, byte[]> contents = new TreeMap<>();
        texts.forEach((path, text) -> contents.put(
                path,
                text.startsWith("base64:") && path.endsWith(".xlsx")
                        ? java.util.Base64.getDecoder().decode(text.substring("base64:".length()))
                        : text.getBytes(StandardCharsets.UTF_8)));
        return new RuleFiles(contents);
    }

    public String version() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            contents.forEach((path, bytes) -> {
                sha.update(path.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(bytes);
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Every file as text, for the rule-set history: text files as they are, a binary file (a
     * spreadsheet decision table) as {@code base64:} followed by its Base64 encoding.
     */
    public Map<String, String> asText() {
        Map<String, String> texts = new TreeMap<>();
        contents.forEach((path, bytes) -> texts.put(
                path,
                path.endsWith(".xlsx")
                        ? "base64:" + java.util.Base64.getEncoder().encodeToString(bytes)
                        : new String(bytes, StandardCharsets.UTF_8)));
        return texts;
    }

    /** The same files without some of them (a refused decision table that must not be compiled). */
    public RuleFiles without(java.util.Set<String> paths) {
        Map<String, byte[]> rest = new TreeMap<>(contents);
        rest.keySet().removeAll(paths);
        return new RuleFiles(rest);
    }

    /**
     * A file's text. A spreadsheet decision table ({@code .xlsx}) reads as its rows, one line a row
     * of its sheets in order and the cells' values separated by commas, so that a rule's line in it
     * is its row (in a table of one sheet, the row number the reviewer sees).
     */
    public String text(String path) {
        byte[] bytes = contents.get(path);
        if (bytes == null) {
            return "";
        }
        return path.endsWith(".xlsx") ? spreadsheetRows(bytes) : new String(bytes, StandardCharsets.UTF_8);
    }

    private static String spreadsheetRows(byte[] bytes) {
        DataFormatter values = new DataFormatter(java.util.Locale.ROOT);
        StringBuilder text = new StringBuilder();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    if (row != null) {
                        for (int c = 0; c < row.getLastCellNum(); c++) {
                            text.append(c == 0 ? "" : ",").append(values.formatCellValue(row.getCell(c)));
                        }
                    }
                    text.append('\n');
                }
            }
        } catch (IOException | RuntimeException e) {
            // not a spreadsheet the engine could read either; the compiler reports that file
            return "";
        }
        return text.toString();
    }

    /** The paths under a folder prefix ("promises/") whose names end with one of the suffixes. */
    public Stream<String> paths(String prefix, String... suffixes) {
        return contents.keySet().stream()
                .filter(p -> p.startsWith(prefix))
                .filter(p -> Stream.of(suffixes).anyMatch(p::endsWith));
    }

    /** The 1-based line of the first line matching the predicate text, or 0. */
    public int lineOf(String path, String needle) {
        return lineOf(path, needle, 1);
    }

    /** The 1-based line of the first line from {@code from} on that contains the text, or 0. */
    public int lineOf(String path, String needle, int from) {
        String[] lines = text(path).split("\n", -1);
        for (int i = Math.max(from, 1) - 1; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        return 0;
    }
}
