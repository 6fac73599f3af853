package dev.keyless.policy.parse;

import dev.keyless.policy.model.Position;

/** Why a text is not JSON, and where reading stopped. */
public record JsonSyntaxError(String message, Position position) {}
