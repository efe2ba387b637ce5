package govgraph.neo4j;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * govgraph's local Neo4j: an embedded Neo4j 5.26 (Community) DBMS with Bolt on 127.0.0.1.
 *
 * <p>Started in the background by {@code govgraph db start} (src/db/local-neo4j.ts); it can also be
 * run by hand: {@code java -Xmx1g -jar db/neo4j-local/target/neo4j-local.jar [options]}.
 *
 * <pre>
 * option              env var                   default        meaning
 * --port N            NEO4J_LOCAL_PORT          7687           Bolt port, bound on 127.0.0.1 only
 * --data DIR          NEO4J_LOCAL_DATA          .data/neo4j    Neo4j home: DIR/data (stores, tx logs), DIR/logs
 *                                                              (relative paths resolve against the working dir)
 * --password PW       NEO4J_LOCAL_PASSWORD      (none)         unset/empty: auth off; set: auth on, user neo4j
 *                                                              gets this password (min. 8 chars, Neo4j's rule)
 * --pagecache SIZE    NEO4J_LOCAL_PAGECACHE     512m           page cache (off-heap), e.g. 256m, 1g
 * --help                                                       print this and exit
 * </pre>
 * Command-line options win over env vars. Prefer the env var for the password (argv shows in ps).
 * The heap is the JVM's own -Xmx. Bolt TLS is off, the HTTP/HTTPS connectors are off.
 *
 * <p>Output: exactly one line {@code neo4j-local: ready bolt://127.0.0.1:PORT} on stdout once Bolt
 * accepts connections (after the password, if any, is set). Failures: {@code neo4j-local: failed: ...}
 * on stderr and exit code 1. Neo4j's user log (WARN and up) goes to stderr; its debug.log and
 * security.log go to DIR/logs. SIGTERM/SIGINT shut the DBMS down cleanly (JVM shutdown hook).
 */
public final class LocalNeo4j {
    private static final String HOST = "127.0.0.1";

    private LocalNeo4j() {}

    public static void main(String[] args) {
        Map<String, String> opts;
        try {
            opts = parseArgs(args);
        } catch (IllegalArgumentException e) {
            System.err.println("neo4j-local: " + e.getMessage());
            usage(System.err);
            System.exit(2);
            return;
        }
        if (opts.containsKey("help")) {
            usage(System.out);
            return;
        }
        try {
            run(opts);
        } catch (Throwable t) {
            System.err.println("neo4j-local: failed: " + describe(t));
            t.printStackTrace(System.err);
            System.err.flush();
            // halt: the shutdown hook (if registered) has nothing useful to do after a failed start
            Runtime.getRuntime().halt(1);
        }
    }

    private static void run(Map<String, String> opts) throws Exception {
        int port = Integer.parseInt(option(opts, "port", "NEO4J_LOCAL_PORT", "7687"));
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("bad port " + port);
        }
        Path home = Path.of(option(opts, "data", "NEO4J_LOCAL_DATA", ".data/neo4j")).toAbsolutePath().normalize();
        String password = option(opts, "password", "NEO4J_LOCAL_PASSWORD", "");
        long pageCache = ByteUnit.parse(option(opts, "pagecache", "NEO4J_LOCAL_PAGECACHE", "512m"));
        boolean auth = !password.isEmpty();
        if (auth && password.length() < 8) {
            throw new IllegalArgumentException("the password must have at least 8 characters (Neo4j's minimum)");
        }
        Files.createDirectories(home);

        Map<org.neo4j.graphdb.config.Setting<?>, Object> config = new HashMap<>();
        config.put(BoltConnector.enabled, true);
        config.put(BoltConnector.listen_address, new SocketAddress(HOST, port));
        config.put(BoltConnector.advertised_address, new SocketAddress(HOST, port));
        config.put(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
        config.put(HttpConnector.enabled, false);
        config.put(HttpsConnector.enabled, false);
        config.put(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST));
        config.put(GraphDatabaseSettings.auth_enabled, auth);
        config.put(GraphDatabaseSettings.pagecache_memory, pageCache);
        config.put(GraphDatabaseSettings.logs_directory, home.resolve("logs"));
        config.put(GraphDatabaseSettings.udc_enabled, false);
        // Small transaction logs: a dev/test database, not a production one.
        config.put(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64));
        config.put(GraphDatabaseSettings.keep_logical_logs, "128M size");
        // Netty's graceful-shutdown quiet period (seconds) is waited out twice (bolt and bolt-local
        // event loops) even with no connection left: 2 x 5 s on every stop by default.
        config.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);

        Log4jLogProvider userLog = new Log4jLogProvider(System.err, Level.WARN);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(config)
                .setUserLogProvider(userLog)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("neo4j-local: stopping");
            System.out.flush();
            try {
                dbms.shutdown();
            } catch (Throwable t) {
                System.err.println("neo4j-local: shutdown error: " + describe(t));
            }
            userLog.close();
            System.out.println("neo4j-local: stopped");
            System.out.flush();
            stopped.countDown();
        }, "neo4j-local-shutdown"));

        if (auth) {
            setPassword(dbms, password);
        }
        awaitBolt(port, 30_000);
        awaitDatabase(dbms, 300);
        System.out.println("neo4j-local: ready bolt://" + HOST + ":" + port);
        System.out.flush();
        stopped.await();
    }

    /** Sets user neo4j's password (no change required); a no-op when it already is that password. */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PLAINTEXT PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            String msg = describe(e);
            if (!msg.contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    /**
     * "ready" promises that queries are served, not only that Bolt accepts connections: after a
     * restart the default database may still be recovering or rebuilding an index, and a client
     * told it is ready would see its first queries fail (the outage scenario of RELIABILITY.md).
     */
    private static void awaitDatabase(DatabaseManagementService dbms, int timeoutSeconds) {
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(timeoutSeconds * 1000L)) {
            throw new IllegalStateException("the default database was not available within " + timeoutSeconds + " s");
        }
        db.executeTransactionally("CALL db.awaitIndexes(" + timeoutSeconds + ")");
    }

    private static void awaitBolt(int port, long timeoutMs) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(HOST, port), 1000);
                return;
            } catch (IOException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IOException("Bolt did not accept connections on " + HOST + ":" + port, e);
                }
                Thread.sleep(100);
            }
        }
    }

    private static String option(Map<String, String> opts, String name, String env, String dflt) {
        String v = opts.get(name);
        if (v == null) {
            v = System.getenv(env);
        }
        return v == null || v.isEmpty() ? dflt : v;
    }

    private static Map<String, String> parseArgs(String[] args) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                out.put("help", "");
                continue;
            }
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + a);
            }
            String name = a.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("missing value for --" + name);
            }
            switch (name) {
                case "port", "data", "password", "pagecache" -> out.put(name, value);
                default -> throw new IllegalArgumentException("unknown option --" + name);
            }
        }
        return out;
    }

    private static void usage(PrintStream out) {
        out.println("usage: java -Xmx1g -jar neo4j-local.jar [--port 7687] [--data .data/neo4j]"
                + " [--password PW] [--pagecache 512m]");
        out.println("env: NEO4J_LOCAL_PORT, NEO4J_LOCAL_DATA, NEO4J_LOCAL_PASSWORD, NEO4J_LOCAL_PAGECACHE");
    }

    private static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null && sb.length() < 2000; c = c.getCause()) {
            if (sb.length() > 0) {
                sb.append(" <- ");
            }
            sb.append(c.getClass().getSimpleName()).append(": ").append(c.getMessage());
            if (c.getCause() == c) {
                break;
            }
        }
        return sb.toString();
    }
}
