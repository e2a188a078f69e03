package io.mqlsync.core.config;

import io.mqlsync.core.config.DurationReader.Bound;
import io.mqlsync.core.scoring.Decay;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Compiles a {@code decay} block: exactly one of {@code {halfLife}}, {@code {linear}},
 * {@code {steps: [{upTo, factor}]}}, or {@code false} for none. Steps must lengthen and their
 * factors must never rise, so that decay never increases with age.
 */
final class DecayCompiler {
    private static final List<String> CURVES = List.of("halfLife", "linear", "steps");

    private final Findings findings;

    DecayCompiler(Findings findings) {
        this.findings = findings;
    }

    /** @param node a present {@code decay} node */
    Optional<Decay> compile(ConfigNode node) {
        Optional<Boolean> flag = node.bool();
        if (flag.isPresent()) {
            if (flag.get()) {
                findings.add(node, "true is not a curve: give {halfLife: ...}, {linear: ...}, {steps: [...]} or false");
                return Optional.empty();
            }
            return Optional.of(Decay.none());
        }
        if (!node.isObject()) {
            return Optional.empty();
        }
        List<String> curves = node.keys().stream().filter(CURVES::contains).toList();
        if (curves.isEmpty()) {
            if (node.keys().isEmpty()) { // otherwise a misspelt curve, an unknown key the schema check reported
                findings.add(node, "no curve: give one of halfLife, linear or steps");
            }
            return Optional.empty();
        }
        if (curves.size() > 1) {
            findings.add(node, "several curves (" + String.join(", ", curves) + "): give exactly one");
            return Optional.empty();
        }
        ConfigNode curve = node.child(curves.get(0));
        return switch (curves.get(0)) {
            case "halfLife" -> DurationReader.read(curve, Bound.POSITIVE, findings).map(Decay.HalfLife::new);
            case "linear" -> DurationReader.read(curve, Bound.POSITIVE, findings).map(Decay.Linear::new);
            default -> steps(curve);
        };
    }

    private Optional<Decay> steps(ConfigNode list) {
        if (!list.value().isArray()) {
            return Optional.empty();
        }
        if (list.value().isEmpty()) {
            findings.add(list, "must list at least one step");
            return Optional.empty();
        }
        List<Decay.Step> steps = new ArrayList<>();
        boolean complete = true;
        Optional<Decay.Step> previous = Optional.empty();
        for (ConfigNode element : list.elements()) {
            Optional<Decay.Step> step = step(element, previous);
            step.ifPresent(steps::add);
            complete &= step.isPresent();
            previous = step.isPresent() ? step : previous;
        }
        return complete ? Optional.of(new Decay.Steps(steps)) : Optional.empty();
    }

    private Optional<Decay.Step> step(ConfigNode node, Optional<Decay.Step> previous) {
        ConfigNode upToNode = node.child("upTo");
        ConfigNode factorNode = node.child("factor");
        Optional<Duration> upTo = DurationReader.read(upToNode, Bound.NOT_NEGATIVE, findings);
        OptionalDouble factor = factorNode.number().stream()
                .filter(f -> f >= 0.0 && f <= 1.0).findFirst(); // outside [0, 1]: the schema reported it
        if (factorNode.number().isPresent() && Double.isNaN(factorNode.number().getAsDouble())) {
            findings.add(factorNode, "must be a finite number");
        }
        if (upTo.isEmpty() || factor.isEmpty()) {
            return Optional.empty();
        }
        boolean ordered = true;
        if (previous.isPresent() && upTo.get().compareTo(previous.get().upTo()) <= 0) {
            findings.add(upToNode, "must be longer than the previous step's upTo");
            ordered = false;
        }
        if (previous.isPresent() && factor.getAsDouble() > previous.get().factor()) {
            findings.add(factorNode, "must not exceed the previous step's factor (decay never rises with age)");
            ordered = false;
        }
        return ordered ? Optional.of(new Decay.Step(upTo.get(), factor.getAsDouble())) : Optional.empty();
    }
}
