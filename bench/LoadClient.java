import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintWriter;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load client for a locally started GVI service (loopback only). Run with
 * {@code java bench/LoadClient.java MODE ...}:
 * <pre>
 *   setup GROUP MEMBERS                      register MEMBERS persons, the group and a call-in
 *   incidents GROUP SECONDS THREADS MAX [ACK] POST /api/v1/incidents for SECONDS (at most MAX);
 *                                             each reference answered 2xx is appended to ACK
 *   evaluations GROUP SECONDS THREADS MAX    POST /api/v1/evaluations (what-if)
 * </pre>
 * Prints requests, answers by status, requests per second and latency percentiles.
 */
public class LoadClient {

    private static final String BASE = System.getProperty("gvi.base", "http://127.0.0.1:8080");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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
                    String day = LocalDate.of(2025, 7, 1).plusDays(n % 500).toString();
                    String body = "{\"reference\":\"" + reference + "\",\"type\":\"SHOOTING\",\"occurredAt\":\"" + day
                            + "T21:00:00+02:00\",\"area\":\"Fiktivt\",\"summary\":\"Belastningstest\",\"attributions\":"
                            + "[{\"groupRef\":\"" + group + "\",\"role\":\"PERPETRATOR\",\"confidence\":\"CONFIRMED\"}],"
                            + "\"suspects\":[\"" + group + "-M" + (1 + n % 50) + "\"]}";
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

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1e6;
    }

    static HttpResponse<String> send(String user, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + System.getProperty("gvi.password", "demo")).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
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
}
