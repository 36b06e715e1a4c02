/**
 * The Ascend NPU backend: {@link io.cachedinference.examples.ascend.AscendAclModel} runs an
 * offline {@code .om} model through CANN AscendCL ({@code libascendcl.so}, bound with JNA) behind
 * the plain {@link io.cachedinference.examples.model.InferenceModel} interface, and
 * {@link io.cachedinference.examples.ascend.ModelBackends} chooses between it and a CPU model.
 */
package io.cachedinference.examples.ascend;
