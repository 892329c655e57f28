// SPDX-License-Identifier: GPL-3.0-or-later
// Starts a real Neo4j Community server (Bolt, HTTP and Neo4j Browser) on 127.0.0.1.
// Run without a build step: java <jvm flags> -cp 'lib/*' Launcher.java [options]
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.server.CommunityBootstrapper;

public class Launcher {
    public static void main(String[] args) throws Exception {
        Map<String, String> opt = parse(args);
        Path home = Path.of(opt.getOrDefault("data-dir", ".kb/neo4j")).toAbsolutePath();
        int bolt = Integer.parseInt(opt.getOrDefault("bolt-port", "7687"));
        int http = Integer.parseInt(opt.getOrDefault("http-port", "7474"));
        String password = System.getenv("KB_NEO4J_LOCAL_PASSWORD");
        for (int port : new int[] {bolt, http}) {
            requireFree(port);
        }
        Files.createDirectories(home);

        Map<String, String> config = new HashMap<>();
        config.put("server.default_listen_address", "127.0.0.1");
        config.put("server.default_advertised_address", "127.0.0.1");
        config.put("server.bolt.enabled", "true");
        config.put("server.bolt.listen_address", "127.0.0.1:" + bolt);
        config.put("server.bolt.advertised_address", "127.0.0.1:" + bolt);
        config.put("server.http.enabled", "true");
        config.put("server.http.listen_address", "127.0.0.1:" + http);
        config.put("server.http.advertised_address", "127.0.0.1:" + http);
        config.put("server.https.enabled", "false");
        config.put("dbms.security.auth_enabled", password == null || password.isEmpty() ? "false" : "true");
        config.put("server.memory.pagecache.size", opt.getOrDefault("pagecache", "256m"));
        config.put("db.tx_log.preallocate", "false");
        // A write that waits this long for another writer's lock fails (the API answers 503 and
        // the client may retry) instead of holding a worker until the write timeout.
        config.put("db.lock.acquisition.timeout", "5s");
        // A read that carries a consistency token waits at most this long for the database to
        // catch up with the write it names (the API then answers 503 with Retry-After).
        config.put("db.transaction.bookmark_ready_timeout", "5s");
        config.put("dbms.usage_report.enabled", "false");
        // No usage data leaves this machine from Neo4j Browser either.
        config.put("client.allow_telemetry", "false");
        browserOffline(config);

        CommunityBootstrapper server = new CommunityBootstrapper();
        int status = server.start(home, config);
        if (status != 0) {
            System.err.println("neo4j-local: Neo4j failed to start (status " + status + "); see " + home.resolve("logs"));
            System.exit(status);
        }
        if (password != null && !password.isEmpty()) {
            server.getDatabaseManagementService().database("system").executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        }
        System.out.println("neo4j-local: ready bolt://127.0.0.1:" + bolt + " http://127.0.0.1:" + http + "/browser/");
        System.out.flush();
        // The bootstrapper's shutdown hook stops the database cleanly on SIGTERM and SIGINT.
        Thread.currentThread().join();
    }

    // Neo4j Browser asks nothing of other hosts. browser.allow_outgoing_connections is an
    // Enterprise setting (Community 5.26 refuses to start with it, and its Browser loads
    // canny.io and cdn.segment.com once connected whatever it says); the Browser's stylesheet
    // imports fonts.googleapis.com whatever the settings. The Content-Security-Policy that Neo4j
    // sends with the Browser's files stops all of them in the user's browser before they are
    // sent (the fonts also ship with the Browser). Sockets may go anywhere (Bolt, to the server
    // the user picks); HTTP only to this machine (guides such as the API's /browser-guide).
    private static void browserOffline(Map<String, String> config) {
        config.put("dbms.security.http_static_content_security_policy_header",
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self'; img-src 'self' data:; "
            + "connect-src 'self' ws: wss: http://localhost:* http://127.0.0.1:*; "
            + "base-uri 'none'; object-src 'none'; frame-ancestors 'none'");
        // `:play <name>` looks for the guide on every listed host: none but this machine.
        config.put("browser.remote_content_hostname_whitelist", "localhost,127.0.0.1");
    }

    private static void requireFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (java.io.IOException e) {
            System.err.println("neo4j-local: port " + port + " on 127.0.0.1 is already in use");
            System.exit(3);
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println("neo4j-local: usage: Launcher.java [--data-dir DIR] [--bolt-port N] [--http-port N] [--pagecache SIZE]");
                System.exit(2);
            }
            opt.put(args[i].substring(2), args[++i]);
        }
        return opt;
    }
}
