package dev.keyless.policy.eval;

import java.util.List;

/** A policy document compiled for one use (identity, resource or trust); immutable and shareable. */
final class CompiledPolicy {

    final PolicyKind kind;
    final CompiledStatement[] statements;

    CompiledPolicy(PolicyKind kind, List<CompiledStatement> statements) {
        this.kind = kind;
        this.statements = statements.toArray(new CompiledStatement[0]);
    }
}
