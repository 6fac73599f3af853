/**
 * Policy analysis in pure Java: model, reader, findings, IAM catalog, Access Analyzer-compatible
 * checks, the IAM evaluator and Google token trust. Nothing here imports an SDK (AWS, Pulumi) or the
 * command line; {@code ArchitectureTest} holds that line.
 */
package dev.keyless.policy;
