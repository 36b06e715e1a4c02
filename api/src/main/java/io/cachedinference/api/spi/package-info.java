/** The provider SPI: what a JCache provider module implements to take part in cached-inference. */
package io.cachedinference.api.spi;
