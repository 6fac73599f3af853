package dev.keyless.policy.value;

import java.util.Random;

/** Damage for the property tests: insert, delete or replace characters drawn from an alphabet. */
final class Mutations {

    private Mutations() {}

    static String mutate(Random r, String s, String alphabet, int most) {
        StringBuilder sb = new StringBuilder(s);
        int n = 1 + r.nextInt(most);
        for (int k = 0; k < n && sb.length() > 0; k++) {
            int at = r.nextInt(sb.length());
            char c = alphabet.charAt(r.nextInt(alphabet.length()));
            switch (r.nextInt(3)) {
                case 0 -> sb.insert(at, c);
                case 1 -> sb.deleteCharAt(at);
                default -> sb.setCharAt(at, c);
            }
        }
        return sb.toString();
    }
}
