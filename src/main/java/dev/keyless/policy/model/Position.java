package dev.keyless.policy.model;

/**
 * A point in a policy's text, numbered as IAM Access Analyzer numbers it: {@code line} from 1,
 * {@code column} from 0, {@code offset} in characters from 0.
 */
public record Position(int line, int column, int offset) {

    public static final Position START = new Position(1, 0, 0);

    public Position {
        if (line < 1 || column < 0 || offset < 0) {
            throw new IllegalArgumentException("bad position " + line + ":" + column + "@" + offset);
        }
    }
}
