package dev.keyless.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what each finding does to the gate. A valid waiver names the issue code and the resource
 * that holds the document (logical name or URN); it excuses that code anywhere in that resource's
 * document, whatever the finding's type. Otherwise the finding blocks when its type is one of the
 * blocking types.
 */
final class FindingJudge {

    private FindingJudge() {}

    static List<JudgedFinding> judge(List<DocumentFinding> findings, List<Waiver> waivers, BlockingTypes blocking,
                                     Set<Waiver> used) {
        List<JudgedFinding> out = new ArrayList<>();
        for (DocumentFinding f : findings) {
            Optional<Waiver> w = waivers.stream()
                    .filter(x -> x.kind() == Waiver.Kind.FINDING)
                    .filter(x -> x.target().equals(f.finding().issueCode()))
                    .filter(x -> f.document().isNamed(x.resource()))
                    .findFirst();
            w.ifPresent(used::add);
            JudgedFinding.Disposition d = w.isPresent() ? JudgedFinding.Disposition.WAIVED
                    : blocking.blocks(f.finding().findingType()) ? JudgedFinding.Disposition.BLOCKING
                    : JudgedFinding.Disposition.NON_BLOCKING;
            out.add(new JudgedFinding(f, d, w));
        }
        return List.copyOf(out);
    }
}
