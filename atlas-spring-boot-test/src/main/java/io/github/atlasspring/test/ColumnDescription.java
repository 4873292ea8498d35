package io.github.atlasspring.test;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Describes a column of a {@link DatabaseMetaData#getColumns getColumns} row as DDL
 * would: {@code varchar(500) not null}. A length is given for character and binary types,
 * precision and scale for decimals, fractional digits for times and timestamps; a
 * driver's size for unbounded types such as PostgreSQL's {@code text} is left out, and so
 * is an enum's. Where the type name lists an enum's values (H2) they are sorted, since
 * their order is not part of what the column accepts.
 */
final class ColumnDescription {

	private static final Pattern ENUMERATION = Pattern.compile("(?is)(enum|set)\\s*\\((.*)\\)");

	private static final Pattern QUOTED = Pattern.compile("'(?:[^']|'')*'");

	private ColumnDescription() {
	}

	static String of(ResultSet column) throws SQLException {
		String type = type(column);
		String nullability = (column.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls) ? " not null" : " null";
		String identity = "YES".equalsIgnoreCase(column.getString("IS_AUTOINCREMENT")) ? " auto-increment" : "";
		return type + nullability + identity;
	}

	private static String type(ResultSet column) throws SQLException {
		String name = typeName(column.getString("TYPE_NAME"));
		long size = column.getLong("COLUMN_SIZE");
		boolean hasSize = !column.wasNull();
		int digits = column.getInt("DECIMAL_DIGITS");
		boolean hasDigits = !column.wasNull();
		return switch (column.getInt("DATA_TYPE")) {
			case Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR, Types.BINARY, Types.VARBINARY ->
				(hasSize && size < Integer.MAX_VALUE && !isEnum(name)) ? name + "(" + size + ")" : name;
			case Types.DECIMAL, Types.NUMERIC -> hasSize ? name + "(" + size + "," + digits + ")" : name;
			case Types.TIME, Types.TIMESTAMP, Types.TIME_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE ->
				hasDigits ? name + "(" + digits + ")" : name;
			default -> name;
		};
	}

	private static String typeName(String typeName) {
		Matcher enumeration = ENUMERATION.matcher(typeName);
		if (!enumeration.matches()) {
			return typeName.toLowerCase(Locale.ROOT);
		}
		List<String> values = new ArrayList<>();
		Matcher value = QUOTED.matcher(enumeration.group(2));
		while (value.find()) {
			values.add(value.group());
		}
		Collections.sort(values);
		return enumeration.group(1).toLowerCase(Locale.ROOT) + "(" + String.join(", ", values) + ")";
	}

	private static boolean isEnum(String typeName) {
		return typeName.startsWith("enum") || typeName.startsWith("set");
	}

}
