import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded load client for a locally started GVI service (loopback only). Run with
 * {@code java bench/LoadClient.java MODE ...}:
 * <pre>
 *   setup GROUP MEMBERS                      register MEMBERS persons, the group and a call-in
 *   incidents GROUP SECONDS THREADS MAX [ACK] POST /api/v1/incidents for SECONDS (at most MAX);
 *                                             each reference answered 2xx is appended to ACK; GROUP
 *                                             "PREFIX*N" spreads them over PREFIX-1 .. PREFIX-N
 *                                             (setup-groups, at least 10 members each)
 *   evaluations GROUP SECONDS THREADS MAX    POST /api/v1/evaluations (what-if)
 *   setup-groups PREFIX GROUPS MEMBERS       setup for the groups PREFIX-1 .. PREFIX-GROUPS
 *   mix PREFIX GROUPS SECONDS THREADS ACKDIR a realistic mix over every instance in -Dgvi.bases (see {@link Mix})
 *   ratio GROUP SECONDS THREADS               what-if evaluations of GROUP (setup) against GET /api/v1/rules, the
 *                                             same user and threads, in alternating two-second blocks
 *   national-setup SITES GROUPS PERSONS THREADS          the fictional national data set's persons, groups and
 *                                                         call-ins (see {@link National})
 *   national-incidents SITES GROUPS INCIDENTS THREADS    its incidents, each stored with its recommendation
 *   national-mix SITES GROUPS SECONDS THREADS            the coordinators' and liaisons' day over every site
 * </pre>
 * Prints requests, answers by status, requests per second and latency percentiles.
 */
public class LoadClient {

    private static final String BASE = System.getProperty("gvi.base", "http://127.0.0.1:8080");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String host = URI.create(BASE).getHost();
        if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
            throw new IllegalArgumentException("load goes to loopback only, not " + host);
        }
        switch (args[0]) {
            case "setup" -> setup(args[1], Integer.parseInt(args[2]));
            case "incidents" -> load(args[1], "/api/v1/incidents", "liaison", Integer.parseInt(args[2]),
                    Integer.parseInt(args[3]), Integer.parseInt(args[4]), args.length > 5 ? args[5] : null);
            case "evaluations" -> load(args[1], "/api/v1/evaluations", "coordinator", Integer.parseInt(args[2]),
                    Integer.parseInt(args[3]), Integer.parseInt(args[4]), null);
            case "setup-groups" -> {
                for (int g = 1; g <= Integer.parseInt(args[2]); g++) {
                    setup(args[1] + "-" + g, Integer.parseInt(args[3]));
                }
            }
            case "mix" -> System.exit(new Mix(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), args[5]).run());
            case "ratio" -> ratio(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "national-setup", "national-incidents", "national-mix" -> System.exit(
                    new National(Integer.parseInt(args[1]), Integer.parseInt(args[2])).run(args[0], Integer.parseInt(args[3]),
                            Integer.parseInt(args[4])));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    static void setup(String group, int members) throws Exception {
        StringBuilder list = new StringBuilder();
        for (int i = 1; i <= members; i++) {
            String ref = group + "-M" + i;
            String facts = "\"underSupervision\":" + (i % 3 == 0) + ",\"registeredVehicle\":" + (i % 2 == 0)
                    + ",\"enforcementDebt\":" + (i % 5 == 0) + ",\"priorViolentOffence\":" + (i % 4 == 0);
            int age = 13 + (i % 20);
            expect(send("admin", "PUT", "/api/v1/persons/" + ref,
                    "{\"birthDate\":\"" + LocalDate.now().minusYears(age).minusDays(i) + "\"," + facts + "}"), 200, 201);
            list.append(list.length() == 0 ? "" : ",").append("{\"personRef\":\"").append(ref)
                    .append("\",\"joinedOn\":\"2024-01-01\"}");
        }
        expect(send("admin", "PUT", "/api/v1/groups/" + group, "{\"name\":\"Bench\",\"area\":\"Fiktivt\",\"audit\":"
                + "{\"mappedOn\":\"2025-01-01\",\"members\":[" + list + "]}}"), 200, 201);
        expect(send("coordinator", "POST", "/api/v1/groups/" + group + "/call-ins", "{\"heldOn\":\"2025-06-01\","
                + "\"promiseId\":\"HUDDINGE-2024\",\"attendees\":[\"" + group + "-M1\"]}"), 201, 409);
        System.out.println("group " + group + " with " + members + " members ready");
    }

    static void load(String group, String path, String user, int seconds, int threads, int max, String ackFile)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicInteger issued = new AtomicInteger();
        AtomicLong ok = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        String run = Long.toString(System.currentTimeMillis(), 36);
        PrintWriter ack = ackFile == null ? null : new PrintWriter(new FileWriter(ackFile, true));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    int n = issued.incrementAndGet();
                    if (n > max) {
                        return null;
                    }
                    String reference = "BENCH-" + run + "-" + n;
                    // "PREFIX*N" spreads the incidents over the groups PREFIX-1 .. PREFIX-N (setup-groups)
                    String[] spread = group.split("\\*");
                    String attributed = spread.length == 2 ? spread[0] + "-" + (1 + n % Integer.parseInt(spread[1])) : group;
                    int members = spread.length == 2 ? 10 : 50;
                    String day = LocalDate.of(2025, 7, 1).plusDays(n % 500).toString();
                    String body = "{\"reference\":\"" + reference + "\",\"type\":\"SHOOTING\",\"occurredAt\":\"" + day
                            + "T21:00:00+02:00\",\"area\":\"Fiktivt\",\"summary\":\"Belastningstest\",\"attributions\":"
                            + "[{\"groupRef\":\"" + attributed + "\",\"role\":\"PERPETRATOR\",\"confidence\":\"CONFIRMED\"}],"
                            + "\"suspects\":[\"" + attributed + "-M" + (1 + n % members) + "\"]}";
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = send(user, "POST", path, body);
                        latencies.add(System.nanoTime() - t0);
                        if (r.statusCode() / 100 == 2) {
                            ok.incrementAndGet();
                            if (ack != null) {
                                synchronized (ack) {
                                    ack.println(reference);
                                    ack.flush();
                                }
                            }
                        } else {
                            failures.add(r.statusCode() + " " + r.body());
                        }
                    } catch (IOException e) {
                        failures.add("no answer: " + e);
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (ack != null) {
            ack.close();
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%s: %d requests, %d answered 2xx, %d failed in %.1f s with %d threads%n", path,
                sorted.size(), ok.get(), failures.size(), elapsed, threads);
        System.out.printf("throughput %.1f req/s; latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                ok.get() / elapsed, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), pct(sorted, 100));
        failures.stream().limit(3).forEach(f -> System.out.println("failure: " + f));
    }

    /**
     * What a what-if evaluation costs over HTTP beside the cheapest signed-in read of the API: both as the coordinator
     * (the same authentication cost), in alternating blocks of two seconds so that both see the same machine.
     */
    static void ratio(String group, int seconds, int threads) throws Exception {
        String body = "{\"reference\":\"RATIO-1\",\"type\":\"SHOOTING\",\"occurredAt\":\"2026-11-30T21:00:00+01:00\","
                + "\"area\":\"Fiktivt\",\"summary\":\"Belastningstest\",\"attributions\":[{\"groupRef\":\"" + group
                + "\",\"role\":\"PERPETRATOR\",\"confidence\":\"CONFIRMED\"}],\"suspects\":[\"" + group + "-M1\"]}";
        Map<String, Stats> byKind = new TreeMap<>(Map.of("what-if", new Stats(), "GET /api/v1/rules", new Stats()));
        for (int block = 0; block < seconds; block += 2) {
            for (var kind : byKind.entrySet()) {
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                for (int t = 0; t < threads; t++) {
                    pool.submit(() -> {
                        while (System.nanoTime() < until) {
                            long t0 = System.nanoTime();
                            HttpResponse<String> r = kind.getKey().equals("what-if")
                                    ? send("coordinator", "POST", "/api/v1/evaluations", body)
                                    : send("coordinator", "GET", "/api/v1/rules", null);
                            kind.getValue().latencies.add(System.nanoTime() - t0);
                            if (r.statusCode() == 200) {
                                kind.getValue().ok.incrementAndGet();
                            } else {
                                kind.getValue().count(Integer.toString(r.statusCode()));
                            }
                        }
                        return null;
                    });
                }
                pool.shutdown();
                pool.awaitTermination(30, TimeUnit.SECONDS);
            }
        }
        Map<String, Double> means = new TreeMap<>();
        for (var kind : byKind.entrySet()) {
            List<Long> sorted = new ArrayList<>(kind.getValue().latencies);
            Collections.sort(sorted);
            double mean = sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
            means.put(kind.getKey(), mean);
            System.out.printf("%-18s %6d answered 200; mean %6.2f ms, p50 %6.2f ms, p99 %6.2f ms; other: %s%n", kind.getKey(),
                    kind.getValue().ok.get(), mean, pct(sorted, 50), pct(sorted, 99), kind.getValue().describe());
        }
        System.out.printf("what-if / GET: %.2f (means, %d threads)%n", means.get("what-if") / means.get("GET /api/v1/rules"),
                threads);
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1e6;
    }

    static HttpResponse<String> send(String user, String method, String path, String body)
            throws IOException, InterruptedException {
        return send(BASE, user, method, path, body);
    }

    static HttpResponse<String> send(String base, String user, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + System.getProperty("gvi.password", "demo")).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static void expect(HttpResponse<String> response, int... statuses) {
        for (int s : statuses) {
            if (response.statusCode() == s) {
                return;
            }
        }
        throw new IllegalStateException(response.statusCode() + " " + response.body());
    }

    /**
     * A realistic mix spread round-robin over several instances of the service (-Dgvi.bases, comma-separated,
     * loopback only): 20% incident reports (one perpetrator group, every fifth also a victim group), 45% what-if
     * evaluations, 25% coordinator decisions on recommendations this run created (80% approved, 20% rejected;
     * when none is waiting, a read of the pending list instead) and 10% reads (an incident this run stored, or
     * one recommendation). A request whose connection fails (refused, or cut off by a killed instance) is a
     * client-side error, counted apart, and is sent again with the same body to the next live instance: an
     * incident's reference makes its repeat idempotent, and a decision's repeat answers 409 when the first
     * attempt was stored. Acknowledged incidents and decisions are written to ACKDIR for the checks in SQL.
     * Exits 3 when a request got a 5xx, an unexpected refusal, or no answer from any instance.
     */
    static final class Mix {
        private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
        private final String prefix;
        private final int groups;
        private final int seconds;
        private final int threads;
        private final List<String> bases;
        private final Set<String> down = ConcurrentHashMap.newKeySet();
        private final AtomicInteger next = new AtomicInteger();
        private final ConcurrentLinkedQueue<String> pending = new ConcurrentLinkedQueue<>();
        private final Set<String> handedOut = ConcurrentHashMap.newKeySet();
        private final List<String> known = Collections.synchronizedList(new ArrayList<>());
        private final List<String> stored = Collections.synchronizedList(new ArrayList<>());
        private final Map<String, Stats> stats = new TreeMap<>();
        private final PrintWriter ackedIncidents;
        private final PrintWriter ackedDecisions;
        private final PrintWriter decidedBeforeCut;
        private final String run = Long.toString(System.currentTimeMillis(), 36);
        private final Map<String, AtomicLong> answeredBy = new ConcurrentHashMap<>();
        private final String ackDir;

        Mix(String prefix, int groups, int seconds, int threads, String ackDir) throws IOException {
            this.prefix = prefix;
            this.groups = groups;
            this.seconds = seconds;
            this.threads = threads;
            this.ackDir = ackDir;
            this.bases = List.of(System.getProperty("gvi.bases", BASE).split(","));
            for (String base : bases) {
                String host = URI.create(base).getHost();
                if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
                    throw new IllegalArgumentException("load goes to loopback only, not " + host);
                }
            }
            for (String kind : List.of("incident", "evaluation", "decision", "read")) {
                stats.put(kind, new Stats());
            }
            ackedIncidents = new PrintWriter(new FileWriter(ackDir + "/incidents", true), true);
            ackedDecisions = new PrintWriter(new FileWriter(ackDir + "/decisions", true), true);
            decidedBeforeCut = new PrintWriter(new FileWriter(ackDir + "/decisions-repeated", true), true);
        }

        int run() throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            AtomicInteger issued = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            // tells bench/run that the load is running (the JVM start and the compilation of this file are over)
            new FileWriter(ackDir + "/started").close();
            List<java.util.concurrent.Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        int n = issued.incrementAndGet();
                        int dice = ThreadLocalRandom.current().nextInt(100);
                        if (dice < 20) {
                            incident(n);
                        } else if (dice < 65) {
                            evaluation(n);
                        } else if (dice < 90) {
                            decision();
                        } else {
                            read(n);
                        }
                    }
                    return null;
                }));
            }
            pool.shutdown();
            for (var w : workers) {
                w.get();
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            ackedIncidents.close();
            ackedDecisions.close();
            decidedBeforeCut.close();
            System.out.printf("mix over %s for %.1f s with %d threads, %d groups%s%n", bases, elapsed, threads, groups,
                    down.isEmpty() ? "" : "; refused connections from " + down);
            System.out.printf("%-11s %7s %7s %9s %8s %8s  %s%n", "kind", "sent", "2xx", "2xx/s", "p50 ms", "p99 ms",
                    "other answers / client-side errors");
            boolean failed = false;
            long total = 0;
            for (var e : stats.entrySet()) {
                Stats s = e.getValue();
                List<Long> sorted = new ArrayList<>(s.latencies);
                Collections.sort(sorted);
                total += s.ok.get();
                System.out.printf("%-11s %7d %7d %9.1f %8.1f %8.1f  %s%n", e.getKey(), s.sent.get(), s.ok.get(),
                        s.ok.get() / elapsed, pct(sorted, 50), pct(sorted, 99), s.describe());
                failed |= s.unexpected();
            }
            System.out.printf("all kinds: %d answered 2xx, %.1f/s; answers by instance %s%n", total, total / elapsed,
                    new TreeMap<>(answeredBy));
            stats.forEach((kind, s) -> s.samples.stream().limit(3).forEach(f -> System.out.println(kind + " failure: " + f)));
            return failed ? 3 : 0;
        }

        private String incidentBody(int n, String reference) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            int g = 1 + random.nextInt(groups);
            String group = prefix + "-" + g;
            String day = LocalDate.of(2025, 7, 1).plusDays(random.nextInt(500)).toString();
            String type = List.of("SHOOTING", "SHOOTING", "EXPLOSION", "AGGRAVATED_ASSAULT").get(random.nextInt(4));
            String attributions = "{\"groupRef\":\"" + group + "\",\"role\":\"PERPETRATOR\",\"confidence\":\""
                    + (random.nextInt(10) == 0 ? "SUSPECTED" : "CONFIRMED") + "\"}";
            if (groups > 1 && n % 5 == 0) {
                String victim = prefix + "-" + (1 + g % groups);
                attributions += ",{\"groupRef\":\"" + victim + "\",\"role\":\"VICTIM\",\"confidence\":\"PROBABLE\"}";
            }
            return "{\"reference\":\"" + reference + "\",\"type\":\"" + type + "\",\"occurredAt\":\"" + day
                    + "T21:00:00+02:00\",\"area\":\"Fiktivt\",\"summary\":\"Belastningstest\",\"attributions\":["
                    + attributions + "],\"suspects\":[\"" + group + "-M" + (1 + random.nextInt(10)) + "\"]}";
        }

        private void incident(int n) {
            String reference = "BENCH-" + run + "-" + n;
            HttpResponse<String> r = call("incident", "liaison", "POST", "/api/v1/incidents", incidentBody(n, reference));
            if (r != null && r.statusCode() / 100 == 2) {
                ackedIncidents.println(reference);
                stored.add(reference);
                Matcher m = ID.matcher(r.body());
                while (m.find()) {
                    if (handedOut.add(m.group(1))) {
                        pending.add(m.group(1));
                        known.add(m.group(1));
                    }
                }
            }
        }

        private void evaluation(int n) {
            call("evaluation", "coordinator", "POST", "/api/v1/evaluations", incidentBody(n, "WHATIF-" + run + "-" + n));
        }

        private void decision() {
            String id = pending.poll();
            if (id == null) {
                HttpResponse<String> list = call("read", "coordinator", "GET",
                        "/api/v1/recommendations?status=PENDING_REVIEW&size=50", null);
                if (list != null && list.statusCode() == 200) {
                    Matcher m = ID.matcher(list.body());
                    while (m.find()) {
                        // recommendation ids only: action ids of the listed recommendations are nested deeper
                        String candidate = m.group(1);
                        if (list.body().contains("\"id\":\"" + candidate + "\",\"incidentReference\"")
                                && handedOut.add(candidate)) {
                            pending.add(candidate);
                        }
                    }
                }
                return;
            }
            boolean approve = ThreadLocalRandom.current().nextInt(5) != 0;
            String decision = approve ? "APPROVED" : "REJECTED";
            String body = approve ? "{\"decision\":\"APPROVED\"}"
                    : "{\"decision\":\"REJECTED\",\"reason\":\"Belastningstest: ingen grund\"}";
            Attempt a = attempt("decision", "coordinator", "POST", "/api/v1/recommendations/" + id + "/decision", body);
            if (a.response != null && a.response.statusCode() == 200) {
                ackedDecisions.println(id + " " + decision);
            } else if (a.response != null && a.response.statusCode() == 409 && a.repeated) {
                // the attempt cut off by the crash was stored: the repeat is refused, as it must be
                decidedBeforeCut.println(id + " " + decision);
            }
        }

        private void read(int n) {
            if (n % 2 == 0 && !stored.isEmpty()) {
                String reference = stored.get(ThreadLocalRandom.current().nextInt(stored.size()));
                call("read", "liaison", "GET", "/api/v1/incidents/" + reference, null);
            } else {
                String id = known.isEmpty() ? null : known.get(ThreadLocalRandom.current().nextInt(known.size()));
                if (id == null) {
                    call("read", "coordinator", "GET", "/api/v1/recommendations?size=20", null);
                } else {
                    call("read", "coordinator", "GET", "/api/v1/recommendations/" + id, null);
                }
            }
        }

        private HttpResponse<String> call(String kind, String user, String method, String path, String body) {
            return attempt(kind, user, method, path, body).response;
        }

        record Attempt(HttpResponse<String> response, boolean repeated) {
        }

        /** Sends to the next live instance; on a failed connection, again with the same body to the next one. */
        private Attempt attempt(String kind, String user, String method, String path, String body) {
            Stats s = stats.get(kind);
            s.sent.incrementAndGet();
            long t0 = System.nanoTime();
            boolean repeated = false;
            for (int tries = 0; tries < bases.size() * 2; tries++) {
                String base = pick();
                try {
                    HttpResponse<String> r = send(base, user, method, path, body);
                    s.latencies.add(System.nanoTime() - t0);
                    answeredBy.computeIfAbsent(base, b -> new AtomicLong()).incrementAndGet();
                    int status = r.statusCode();
                    if (status / 100 == 2) {
                        s.ok.incrementAndGet();
                        if (repeated) {
                            s.count("repeat answered " + status);
                        }
                    } else if (status == 409 && repeated && kind.equals("decision")) {
                        s.count("409 on repeat (stored before the cut)");
                    } else {
                        s.count(Integer.toString(status));
                        s.samples.add(status + " " + method + " " + path + " " + r.body());
                    }
                    return new Attempt(r, repeated);
                } catch (ConnectException refused) {
                    down.add(base);
                    s.count("client: refused");
                } catch (IOException cut) {
                    s.count("client: no answer");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                repeated = true;
                s.count("client: sent again");
            }
            s.count("client: no instance answered");
            s.samples.add("no instance answered " + method + " " + path);
            return new Attempt(null, repeated);
        }

        private String pick() {
            List<String> live = bases.stream().filter(b -> !down.contains(b)).toList();
            List<String> from = live.isEmpty() ? bases : live;
            return from.get(Math.floorMod(next.getAndIncrement(), from.size()));
        }
    }

    /**
     * The fictional national data set (docs/performance.md, "National scale"), stored through the API so that every
     * row passes the same validation and service code as a liaison's report. SITES sites named {@code ort-01} ..
     * (started with {@code gvi.security.sites} naming them and a rule folder with a promise {@code ORT-nn-2025} per
     * site, see bench/national), GROUPS groups and PERSONS persons spread evenly over the sites; every person belongs
     * to one group, the groups of a site vary from about 20 to 100 members; four groups in five have had a call-in.
     * Incidents follow each other over 17 months, spread round the sites: a realistic share of types, three in five
     * attributed to a group (half confirmed), one in ten with a victim group, most with a suspect. Everything is
     * derived from the indices, so a second run writes the same rows (an incident's repeat is answered as stored).
     */
    static final class National {
        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
        private static final Pattern REC_ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\",\"incidentReference\"");
        private static final List<String> TYPES = weighted(Map.of("SHOOTING", 25, "AGGRAVATED_ASSAULT", 20,
                "THREAT", 15, "ROBBERY", 10, "DRUG_OFFENCE", 8, "ATTEMPTED_HOMICIDE", 7, "EXPLOSION", 5, "ARSON", 5,
                "HOMICIDE", 3, "OTHER", 2));
        private final int sites;
        private final int groupsPerSite;
        private final Map<String, Stats> stats = new TreeMap<>();
        private final Map<String, HttpClient> sessions = new ConcurrentHashMap<>();
        private final ConcurrentLinkedQueue<String> pending = new ConcurrentLinkedQueue<>();
        private final Set<String> handedOut = ConcurrentHashMap.newKeySet();
        private int personsPerSite;
        private int incidents;

        National(int sites, int groups) {
            this.sites = sites;
            this.groupsPerSite = groups / sites;
            this.personsPerSite = Integer.getInteger("gvi.persons", 60_000) / sites;
            this.incidents = Integer.getInteger("gvi.incidents", 100_000);
        }

        private static List<String> weighted(Map<String, Integer> weights) {
            List<String> out = new ArrayList<>();
            new TreeMap<>(weights).forEach((type, weight) -> out.addAll(Collections.nCopies(weight, type)));
            return out;
        }

        int run(String mode, int amount, int threads) throws Exception {
            return switch (mode) {
                case "national-setup" -> {
                    personsPerSite = amount / sites;
                    yield setup(threads);
                }
                case "national-incidents" -> {
                    incidents = amount;
                    yield phase("incident", threads, amount, this::incident);
                }
                default -> mix(amount, threads);
            };
        }

        static String site(int s) {
            return String.format("ort-%02d", s + 1);
        }

        /** The demo user of a role at a site: the first site is the default one, whose users carry plain names. */
        static String user(int s, String role) {
            return s == 0 ? role : site(s) + "-" + role;
        }

        static String group(int s, int g) {
            return String.format("G-%02d-%03d", s + 1, g + 1);
        }

        static String person(int s, int p) {
            return String.format("P-%02d-%05d", s + 1, p + 1);
        }

        /** The first person and the number of members of group g: blocks of 20 to 100 weighted, summing to the site's persons. */
        int[] members(int g) {
            int total = 0;
            int before = 0;
            for (int i = 0; i < groupsPerSite; i++) {
                int w = 20 + (i * 37) % 81;
                total += w;
                if (i < g) {
                    before += w;
                }
            }
            int first = (int) ((long) before * personsPerSite / total);
            int end = g == groupsPerSite - 1 ? personsPerSite
                    : (int) ((long) (before + 20 + (g * 37) % 81) * personsPerSite / total);
            return new int[] {first, end - first};
        }

        private int setup(int threads) throws Exception {
            int failed = phase("person", threads, sites * personsPerSite, n -> {
                int s = n % sites;
                int p = n / sites;
                LocalDate born = LocalDate.of(2026, 1, 1).minusYears(14 + (p * 7) % 22).minusDays(p % 365);
                String facts = "\"underSupervision\":" + (p % 4 == 0) + ",\"unservedSentence\":" + (p % 23 == 0)
                        + ",\"outstandingWarrant\":" + (p % 17 == 0) + ",\"enforcementDebt\":" + (p % 5 == 0)
                        + ",\"registeredVehicle\":" + (p % 3 == 0) + ",\"priorViolentOffence\":" + (p % 4 == 1)
                        + ",\"inCustody\":" + (p % 29 == 0) + ",\"supportAccepted\":" + (p % 13 == 0);
                return timed("person", user(s, "admin"), "PUT", "/api/v1/persons/" + person(s, p),
                        "{\"birthDate\":\"" + born + "\"," + facts + "}");
            });
            failed += phase("group", threads, sites * groupsPerSite, n -> {
                int s = n % sites;
                int g = n / sites;
                int[] block = members(g);
                StringBuilder list = new StringBuilder();
                for (int p = block[0]; p < block[0] + block[1]; p++) {
                    list.append(list.length() == 0 ? "" : ",").append("{\"personRef\":\"").append(person(s, p))
                            .append("\",\"joinedOn\":\"").append(LocalDate.of(2024, 1, 1).plusDays(p % 300)).append("\"}");
                }
                return timed("group", user(s, "admin"), "PUT", "/api/v1/groups/" + group(s, g), "{\"name\":\"Grupp "
                        + (g + 1) + "\",\"area\":\"Område " + (1 + g % 7) + "\",\"audit\":{\"mappedOn\":\"2025-01-15\","
                        + "\"members\":[" + list + "]}}");
            });
            failed += phase("call-in", threads, sites * groupsPerSite, n -> {
                int s = n % sites;
                int g = n / sites;
                if (g % 5 == 4) {
                    return 200; // one group in five has not been called in: incidents there are not promised
                }
                int first = members(g)[0];
                return timed("call-in", user(s, "coordinator"), "POST", "/api/v1/groups/" + group(s, g) + "/call-ins",
                        "{\"heldOn\":\"2025-06-01\",\"promiseId\":\"" + site(s).toUpperCase() + "-2025\",\"attendees\":[\""
                                + person(s, first) + "\",\"" + person(s, first + 1) + "\"]}");
            });
            return failed;
        }

        private int incident(int n) throws Exception {
            int s = n % sites;
            java.util.Random random = new java.util.Random(n);
            int g = random.nextInt(groupsPerSite);
            int[] block = members(g);
            String type = TYPES.get(random.nextInt(TYPES.size()));
            int attribution = random.nextInt(100);
            StringBuilder attributions = new StringBuilder();
            if (attribution < 60) {
                String confidence = attribution < 30 ? "CONFIRMED" : attribution < 48 ? "PROBABLE" : "SUSPECTED";
                attributions.append("{\"groupRef\":\"").append(group(s, g)).append("\",\"role\":\"PERPETRATOR\",")
                        .append("\"confidence\":\"").append(confidence).append("\"}");
                if (random.nextInt(10) == 0) {
                    attributions.append(",{\"groupRef\":\"").append(group(s, (g + 1) % groupsPerSite))
                            .append("\",\"role\":\"VICTIM\",\"confidence\":\"PROBABLE\"}");
                }
            }
            String suspects = random.nextInt(10) < 7
                    ? "\"" + person(s, block[0] + random.nextInt(block[1])) + "\"" : "";
            // seventeen months of incidents in order, so that escalation windows and deadlines fall as in real life
            LocalDate day = LocalDate.of(2025, 7, 1).plusDays((long) n * 516 / incidents);
            String body = "{\"reference\":\"" + String.format("N-%02d-%06d", s + 1, n + 1) + "\",\"type\":\"" + type
                    + "\",\"occurredAt\":\"" + day + "T2" + random.nextInt(4) + ":15:00+01:00\",\"area\":\"Område "
                    + (1 + g % 7) + "\",\"summary\":\"Fiktiv händelse\",\"attributions\":[" + attributions
                    + "],\"suspects\":[" + suspects + "]}";
            return timed("incident", user(s, "liaison"), "POST", "/api/v1/incidents", body);
        }

        interface Step {
            int send(int n) throws Exception;
        }

        /** Sends COUNT requests over THREADS threads, printing progress; returns the number of unexpected answers. */
        private int phase(String kind, int threads, int count, Step step) throws Exception {
            AtomicInteger next = new AtomicInteger();
            AtomicInteger bad = new AtomicInteger();
            long start = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<java.util.concurrent.Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
                        int status = step.send(n);
                        if (status / 100 != 2) {
                            bad.incrementAndGet();
                        }
                        if ((n + 1) % 10_000 == 0) {
                            System.out.printf("  %s: %d of %d after %.0f s%n", kind, n + 1, count,
                                    (System.nanoTime() - start) / 1e9);
                        }
                    }
                    return null;
                }));
            }
            pool.shutdown();
            for (var w : workers) {
                w.get();
            }
            report(kind, (System.nanoTime() - start) / 1e9);
            return bad.get();
        }

        private Stats stats(String kind) {
            synchronized (stats) {
                return stats.computeIfAbsent(kind, k -> new Stats());
            }
        }

        private int timed(String kind, String user, String method, String path, String body) throws Exception {
            Stats s = stats(kind);
            s.sent.incrementAndGet();
            long t0 = System.nanoTime();
            HttpResponse<String> r = send(user, method, path, body);
            return record(s, t0, r, method + " " + path);
        }

        private static int record(Stats s, long t0, HttpResponse<String> r, String what) {
            s.latencies.add(System.nanoTime() - t0);
            if (r.statusCode() / 100 == 2) {
                s.ok.incrementAndGet();
            } else {
                s.count(Integer.toString(r.statusCode()));
                if (s.samples.size() < 3) {
                    s.samples.add(r.statusCode() + " " + what + " " + r.body());
                }
            }
            return r.statusCode();
        }

        private void report(String kind, double elapsed) {
            Stats s = stats(kind);
            List<Long> sorted = new ArrayList<>(s.latencies);
            Collections.sort(sorted);
            System.out.printf("%-15s %7d sent %7d 2xx in %6.1f s = %6.1f/s  p50 %6.1f ms  p99 %6.1f ms  max %7.1f ms  %s%n",
                    kind, s.sent.get(), s.ok.get(), elapsed, s.ok.get() / elapsed, pct(sorted, 50), pct(sorted, 99),
                    pct(sorted, 100), s.describe());
            s.samples.forEach(f -> System.out.println("  failure: " + f));
        }

        /** A signed-in page session of a user (form sign-in with the CSRF token, as a browser does). */
        private HttpClient session(int s, String role) throws Exception {
            String key = user(s, role);
            HttpClient client = sessions.get(key);
            if (client != null) {
                return client;
            }
            client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new java.net.CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(BASE + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher csrf = CSRF.matcher(login.body());
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on /login: " + login.statusCode());
            }
            String form = "username=" + key + "&password=" + System.getProperty("gvi.password", "demo") + "&_csrf="
                    + java.net.URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(BASE + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("sign-in of " + key + " failed: " + signedIn.statusCode());
            }
            sessions.put(key, client);
            return client;
        }

        private int page(String kind, int s, String role, String path) throws Exception {
            Stats st = stats(kind);
            st.sent.incrementAndGet();
            HttpClient client = session(s, role);
            long t0 = System.nanoTime();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(BASE + path))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return record(st, t0, r, "GET " + path);
        }

        /**
         * A working day over every site at once: coordinators open their inbox (25 %) and group pages (20 %) and
         * list pending recommendations through the API (20 %), and decide one (5 %, four in five approved);
         * liaisons report new incidents (10 %) and read stored ones (10 %); what-if evaluations (10 %).
         */
        private int mix(int seconds, int threads) throws Exception {
            for (int s = 0; s < sites; s++) { // sign in before the clock starts, as people do
                session(s, "coordinator");
            }
            String run = Long.toString(System.currentTimeMillis(), 36);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            AtomicInteger issued = new AtomicInteger();
            long start = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<java.util.concurrent.Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        int n = issued.incrementAndGet();
                        ThreadLocalRandom random = ThreadLocalRandom.current();
                        int s = random.nextInt(sites);
                        int g = random.nextInt(groupsPerSite);
                        int dice = random.nextInt(100);
                        if (dice < 25) {
                            page("inbox page", s, "coordinator", "/");
                        } else if (dice < 45) {
                            page("group page", s, "coordinator", "/groups/" + group(s, g));
                        } else if (dice < 65) {
                            list(s);
                        } else if (dice < 70) {
                            decide(s);
                        } else if (dice < 80) {
                            timed("incident", user(s, "liaison"), "POST", "/api/v1/incidents", newIncident(s, g, run + "-" + n));
                        } else if (dice < 90) {
                            // a stored incident of this site: the n-th incident went to site n % sites
                            int stored = s + sites * random.nextInt(Math.max(1, incidents / sites));
                            timed("incident read", user(s, "liaison"), "GET", "/api/v1/incidents/"
                                    + String.format("N-%02d-%06d", s + 1, stored + 1), null);
                        } else {
                            timed("what-if", user(s, "coordinator"), "POST", "/api/v1/evaluations",
                                    newIncident(s, g, "W-" + run + "-" + n));
                        }
                    }
                    return null;
                }));
            }
            pool.shutdown();
            for (var w : workers) {
                w.get();
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            System.out.printf("national mix over %d sites for %.1f s with %d threads%n", sites, elapsed, threads);
            boolean failed = false;
            for (String kind : new ArrayList<>(stats.keySet())) {
                report(kind, elapsed);
                failed |= stats(kind).unexpected();
            }
            return failed ? 3 : 0;
        }

        private String newIncident(int s, int g, String suffix) {
            return "{\"reference\":\"NM-" + (s + 1) + "-" + suffix + "\",\"type\":\"SHOOTING\",\"occurredAt\":"
                    + "\"2026-11-30T21:00:00+01:00\",\"area\":\"Område 1\",\"summary\":\"Fiktiv händelse\","
                    + "\"attributions\":[{\"groupRef\":\"" + group(s, g) + "\",\"role\":\"PERPETRATOR\",\"confidence\":"
                    + "\"CONFIRMED\"}],\"suspects\":[]}";
        }

        private void list(int s) throws Exception {
            Stats st = stats("recommendations list");
            st.sent.incrementAndGet();
            long t0 = System.nanoTime();
            HttpResponse<String> r = send(user(s, "coordinator"), "GET",
                    "/api/v1/recommendations?status=PENDING_REVIEW&size=50", null);
            record(st, t0, r, "GET /api/v1/recommendations");
            Matcher m = REC_ID.matcher(r.body());
            while (m.find()) {
                if (handedOut.add(m.group(1))) {
                    pending.add(s + " " + m.group(1));
                }
            }
        }

        private void decide(int ignoredSite) throws Exception {
            String next = pending.poll();
            if (next == null) {
                return;
            }
            int s = Integer.parseInt(next.substring(0, next.indexOf(' ')));
            boolean approve = ThreadLocalRandom.current().nextInt(5) != 0;
            timed("decision", user(s, "coordinator"), "POST", "/api/v1/recommendations/" + next.substring(next.indexOf(' ') + 1)
                    + "/decision", approve ? "{\"decision\":\"APPROVED\"}"
                    : "{\"decision\":\"REJECTED\",\"reason\":\"Fiktivt: ingen grund i detta fall\"}");
        }
    }

    static final class Stats {
        final AtomicLong sent = new AtomicLong();
        final AtomicLong ok = new AtomicLong();
        final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        final Map<String, AtomicLong> other = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();

        void count(String what) {
            other.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
        }

        String describe() {
            return other.isEmpty() ? "none" : new TreeMap<>(other).toString();
        }

        /** A 5xx, a refusal that a correct service never gives under this load, or a request nobody answered. */
        boolean unexpected() {
            return other.keySet().stream().anyMatch(k -> k.matches("\\d+") || k.equals("client: no instance answered"));
        }
    }
}
