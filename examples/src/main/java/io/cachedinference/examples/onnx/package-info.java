/**
 * The ONNX Runtime backend: {@link io.cachedinference.examples.onnx.OnnxModel}, the cached bean,
 * over {@link io.cachedinference.examples.onnx.OnnxSessionModel}, one session behind the plain
 * {@link io.cachedinference.examples.model.InferenceModel} interface;
 * {@link io.cachedinference.examples.onnx.TinyOnnxClassifier}, the model the build writes; and
 * {@link io.cachedinference.examples.onnx.OnnxTensorKeyer}, which lets a cached method take the
 * runtime's own tensor.
 */
package io.cachedinference.examples.onnx;
