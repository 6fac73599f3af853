/**
 * The machinery of the {@code --batch} verbs: JSON Lines in blocks of whole lines, answered on
 * several threads and written back in input order ({@link dev.keyless.policy.jsonl.JsonLinesBatch}),
 * with bounded reads (each line also UTF-8 without BOM or NUL), and each answer written compact by the one
 * JSON writer, Jackson ({@link dev.keyless.policy.jsonl.AnswerLines}).
 * What a line asks is the verb's business. Pure Java + Jackson, no SDK.
 */
package dev.keyless.policy.jsonl;
