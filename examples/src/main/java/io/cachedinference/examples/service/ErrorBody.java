package io.cachedinference.examples.service;

import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON body of every error response: {@code error}, {@code code}, {@code status}, then details. */
final class ErrorBody {

    private ErrorBody() {
    }

    static Map<String, Object> of(int status, String code, String message, Map<String, Object> details) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("code", code);
        body.put("status", status);
        details.forEach(body::putIfAbsent);
        return body;
    }
}
