/**
 * Not API: the CDI extension and interceptor, and the plain core they adapt. The extension registers
 * the interceptor itself and vetoes a scanned copy, so it works whether or not this jar is a bean
 * archive; the sub-packages are {@code @Vetoed}.
 */
package io.cachedinference.interceptor.internal;
