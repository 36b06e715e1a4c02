package io.cachedinference.examples.service;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 over a plain socket, for requests no HTTP client sends: malformed request lines, chunked
 * bodies streamed at will, bodies that stall. One keep-alive connection, reopened after the server
 * closes it.
 */
final class RawHttp implements AutoCloseable {

    /** A response: status, headers (lower-case names) and body. */
    record Response(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        boolean closesConnection() {
            return "close".equalsIgnoreCase(header("connection"));
        }

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    /** The server did not answer within the read timeout. */
    static final class NoAnswer extends IOException {
        NoAnswer(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final int port;
    private final int timeoutMillis;
    private Socket socket;
    private InputStream input;

    RawHttp(int port, Duration readTimeout) {
        this.port = port;
        this.timeoutMillis = (int) readTimeout.toMillis();
    }

    /** Sends a whole request (head and body, as bytes) and reads the response. */
    Response exchange(byte[] request) throws IOException {
        Socket s = connection();
        try {
            s.getOutputStream().write(request);
            s.getOutputStream().flush();
        } catch (IOException e) {
            // the server may answer early and close; the answer is still readable
        }
        return read();
    }

    /** The connection's output, for streaming a request by hand; read the answer with {@link #read()}. */
    OutputStream output() throws IOException {
        return connection().getOutputStream();
    }

    /** Reads one response from the connection; closes it when the server said so or closed it. */
    Response read() throws IOException {
        connection();
        InputStream in = input;
        try {
            String statusLine = line(in);
            if (statusLine == null) {
                throw new IOException("The server closed the connection without an answer");
            }
            int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
            Map<String, String> headers = new TreeMap<>();
            for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
            byte[] body;
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = chunked(in);
            } else if (headers.containsKey("content-length")) {
                body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
            } else {
                body = in.readAllBytes();
            }
            Response response = new Response(status, headers, new String(body, StandardCharsets.UTF_8));
            if (response.closesConnection() || !headers.containsKey("content-length")
                    && !headers.containsKey("transfer-encoding")) {
                close();
            }
            return response;
        } catch (SocketTimeoutException e) {
            close();
            throw new NoAnswer("No answer within " + timeoutMillis + " ms", e);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The request head and body of a request with a {@code Content-Length}. */
    static byte[] request(String method, String target, Map<String, String> headers, byte[] body) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
        if (body == null) {
            return headBytes;
        }
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }

    private Socket connection() throws IOException {
        if (socket == null || socket.isClosed()) {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(timeoutMillis);
            socket.setTcpNoDelay(true);
            input = new BufferedInputStream(socket.getInputStream());
        }
        return socket;
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String size = line(in); size != null; size = line(in)) {
            int length = Integer.parseInt(size.split(";", 2)[0].strip(), 16);
            if (length == 0) {
                for (String trailer = line(in); trailer != null && !trailer.isEmpty(); trailer = line(in)) {
                    // trailers are not used
                }
                break;
            }
            body.write(in.readNBytes(length));
            line(in);
        }
        return body.toByteArray();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a socket the server may have reset already
            }
            socket = null;
            input = null;
        }
    }
}
