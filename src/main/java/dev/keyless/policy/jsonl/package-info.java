/**
 * The machinery of the {@code --batch} verbs: JSON Lines in blocks of whole lines, answered on
 * several threads and written back in input order ({@link dev.keyless.policy.jsonl.JsonLinesBatch}),
 * with bounded reads, and compact JSON written straight into UTF-8 ({@link dev.keyless.policy.jsonl.Utf8Json}).
 * What a line asks is the verb's business. Pure Java + Jackson, no SDK.
 */
package dev.keyless.policy.jsonl;
