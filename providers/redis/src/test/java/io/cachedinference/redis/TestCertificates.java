package io.cachedinference.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Self-signed server and client key pairs made at test time by the JDK's {@code keytool}, for 127.0.0.1
 * (subject alternative name {@code ip:127.0.0.1}, so hostname verification passes), and one of a
 * server for 127.0.0.2, which it fails, with PEM files for
 * redis-server and PKCS12 stores for the client. Nothing is committed: the files live in the test's
 * temporary directory.
 *
 * @param serverCertificate the server's certificate, PEM
 * @param serverKey         the server's private key, PKCS#8 PEM
 * @param clientCertificate the client's certificate, PEM: the server's authority for client certificates
 * @param clientKeyStore    the client's key and certificate, PKCS12, under {@link #PASSWORD}
 * @param trustStore        the server's certificate as a trusted entry, PKCS12, under {@link #PASSWORD}
 * @param misnamed          a second server's certificate, PEM, for 127.0.0.2 only: it fails hostname
 *                          verification at 127.0.0.1
 * @param misnamedKey       that server's private key, PKCS#8 PEM
 * @param misnamedTrust     that certificate as a trusted entry, PKCS12, under {@link #PASSWORD}
 */
record TestCertificates(Path serverCertificate, Path serverKey, Path clientCertificate, Path clientKeyStore,
        Path trustStore, Path misnamed, Path misnamedKey, Path misnamedTrust) {

    /** The password of every store, and of the keys in them. */
    static final String PASSWORD = "test-store-secret-4";

    /** Makes both key pairs and the files, in the directory. */
    static TestCertificates create(Path dir) {
        try {
            Path server = keyPair(dir, "server", "127.0.0.1");
            Path client = keyPair(dir, "client", "127.0.0.1");
            Path misnamed = keyPair(dir, "misnamed", "127.0.0.2");
            KeyStore serverStore = load(server);
            KeyStore misnamedStore = load(misnamed);
            Path clientCertificate = pem(dir.resolve("client.crt"), "CERTIFICATE",
                    load(client).getCertificate("client").getEncoded());
            return new TestCertificates(certificate(dir, serverStore, "server"), key(dir, serverStore, "server"),
                    clientCertificate, client,
                    trustStore(dir.resolve("trust.p12"), serverStore.getCertificate("server")),
                    certificate(dir, misnamedStore, "misnamed"), key(dir, misnamedStore, "misnamed"),
                    trustStore(dir.resolve("misnamed-trust.p12"), misnamedStore.getCertificate("misnamed")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path certificate(Path dir, KeyStore store, String alias) throws IOException,
            GeneralSecurityException {
        return pem(dir.resolve(alias + ".crt"), "CERTIFICATE", store.getCertificate(alias).getEncoded());
    }

    private static Path key(Path dir, KeyStore store, String alias) throws IOException, GeneralSecurityException {
        Key key = store.getKey(alias, PASSWORD.toCharArray());
        return pem(dir.resolve(alias + ".key"), "PRIVATE KEY", key.getEncoded());
    }

    /** A PKCS12 store with a self-signed EC key pair for the IP address under the alias. */
    private static Path keyPair(Path dir, String alias, String ip) throws IOException {
        Path store = dir.resolve(alias + ".p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = List.of(keytool.toString(), "-genkeypair", "-alias", alias, "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=" + ip + ", O=cached-inference tests " + alias,
                "-ext", "san=ip:" + ip, "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output;
        try (InputStream in = process.getInputStream()) {
            output = in.readAllBytes();
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("keytool failed for " + alias + ": " + new String(output,
                        StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while keytool ran", e);
        }
        return store;
    }

    private static KeyStore load(Path file) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    private static Path trustStore(Path file, Certificate trusted) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("redis-server", trusted);
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
        return file;
    }

    private static Path pem(Path file, String type, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n",
                StandardCharsets.US_ASCII);
        return file;
    }
}
