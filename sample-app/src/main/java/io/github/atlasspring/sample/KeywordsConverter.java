package io.github.atlasspring.sample;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a list of keywords as one comma-separated column.
 */
@Converter
public class KeywordsConverter implements AttributeConverter<List<String>, String> {

	@Override
	public String convertToDatabaseColumn(List<String> keywords) {
		return (keywords == null || keywords.isEmpty()) ? null : String.join(",", keywords);
	}

	@Override
	public List<String> convertToEntityAttribute(String column) {
		return (column == null || column.isBlank()) ? List.of() : Arrays.asList(column.split(","));
	}

}
