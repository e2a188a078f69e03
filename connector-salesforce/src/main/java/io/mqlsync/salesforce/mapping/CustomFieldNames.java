package io.mqlsync.salesforce.mapping;

import io.mqlsync.core.planning.WriteBackConfig;
import io.mqlsync.core.planning.WrittenProperty;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Salesforce API names of mqlsync's written properties (DESIGN section 6): the prefix upper-cased, the rest
 * title-cased word by word, then {@code __c}, so {@code mql_fit_score} is {@code MQL_Fit_Score__c}.
 */
public final class CustomFieldNames {
    private final WriteBackConfig writeBack;
    private final Map<String, WrittenProperty> byWrittenName;

    public CustomFieldNames(WriteBackConfig writeBack) {
        this.writeBack = writeBack;
        this.byWrittenName = Stream.of(WrittenProperty.values())
                .collect(Collectors.toUnmodifiableMap(writeBack::name, Function.identity()));
    }

    /** The custom field of {@code property}, e.g. {@code MQL_Next_Rescore_At__c}. */
    public String field(WrittenProperty property) {
        return writeBack.prefix().toUpperCase(Locale.ROOT) + titleCase(property.suffix()) + "__c";
    }

    /** The written name of {@code property}, e.g. {@code mql_status}. */
    public String name(WrittenProperty property) {
        return writeBack.name(property);
    }

    /** The property a written name such as {@code mql_score} stands for; empty for any other name. */
    public Optional<WrittenProperty> property(String writtenName) {
        return Optional.ofNullable(byWrittenName.get(writtenName));
    }

    private static String titleCase(String snake) {
        return Stream.of(snake.split("_"))
                .map(word -> word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining("_"));
    }
}
