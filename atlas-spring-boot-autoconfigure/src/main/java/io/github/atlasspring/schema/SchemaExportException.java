package io.github.atlasspring.schema;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a schema cannot be exported. The message is a single line that says what to
 * change; when an option is to blame, {@link #getMessage(Function)} names it the way the
 * caller's users know it (a command-line flag, a query parameter).
 */
public class SchemaExportException extends RuntimeException {

	private static final String OPTION = "{option}";

	private final Reason reason;

	private final @Nullable Option option;

	private final String template;

	SchemaExportException(Reason reason, @Nullable Option option, String template, @Nullable Throwable cause) {
		super(name(template, option, Option::flag), cause);
		this.reason = reason;
		this.option = option;
		this.template = template;
	}

	/**
	 * Create an exception for an option value that cannot be used.
	 * @param option the option to change
	 * @param template what is wrong and how to fix it, with {@code {option}} where the
	 * option is to be named
	 * @return the exception
	 */
	public static SchemaExportException invalidOption(Option option, String template) {
		return new SchemaExportException(Reason.INVALID_OPTION, option, template, null);
	}

	/**
	 * Create an exception for a setting of the application that cannot be used.
	 * @param message what is wrong and how to fix it
	 * @return the exception
	 */
	public static SchemaExportException invalidOption(String message) {
		return new SchemaExportException(Reason.INVALID_OPTION, null, message, null);
	}

	/**
	 * Create an exception for a persistence unit that maps nothing.
	 * @param message what is missing
	 * @return the exception
	 */
	public static SchemaExportException noEntities(String message) {
		return new SchemaExportException(Reason.NO_ENTITIES, null, message, null);
	}

	static SchemaExportException unsupported(String message, Throwable cause) {
		return new SchemaExportException(Reason.MAPPING_ERROR, null, message, cause);
	}

	static SchemaExportException mappingError(String unit, Throwable cause) {
		return new SchemaExportException(Reason.MAPPING_ERROR, null,
				"Hibernate cannot map persistence unit '" + unit + "': " + oneLine(rootCause(cause)), cause);
	}

	/**
	 * Return why the export failed.
	 * @return the reason
	 */
	public Reason getReason() {
		return this.reason;
	}

	/**
	 * Return the option to change, if an option is to blame.
	 * @return the option, or {@code null}
	 */
	public @Nullable Option getOption() {
		return this.option;
	}

	/**
	 * Return the message, naming the option to change as the caller's users know it.
	 * {@link #getMessage()} names it as print mode's command-line flag.
	 * @param names the name of each option, such as {@code ?dialect=}
	 * @return the message
	 */
	public String getMessage(Function<Option, String> names) {
		return name(this.template, this.option, names);
	}

	private static String name(String template, @Nullable Option option, Function<Option, String> names) {
		return (option != null) ? template.replace(OPTION, names.apply(option)) : template;
	}

	private static Throwable rootCause(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}

	private static String oneLine(Throwable ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getName();
		return message.replaceAll("\\s*\\R\\s*", " ");
	}

	/**
	 * Why an export failed.
	 */
	public enum Reason {

		/**
		 * An option names a dialect, version or persistence unit that cannot be used.
		 */
		INVALID_OPTION,

		/**
		 * There is nothing to export: an empty schema would make Atlas drop every table.
		 */
		NO_ENTITIES,

		/**
		 * Hibernate rejected the entity mappings, or this Hibernate cannot export them.
		 */
		MAPPING_ERROR

	}

	/**
	 * The options a caller can change to fix an export.
	 */
	public enum Option {

		/**
		 * The database to write the DDL for.
		 */
		DIALECT("--atlas.dialect"),

		/**
		 * The version of that database.
		 */
		DIALECT_VERSION("--atlas.dialect-version"),

		/**
		 * The persistence unit to export.
		 */
		PERSISTENCE_UNIT("--atlas.persistence-unit"),

		/**
		 * What to write: the DDL, a diagram or a JSON document.
		 */
		FORMAT("--atlas.format");

		private final String flag;

		Option(String flag) {
			this.flag = flag;
		}

		/**
		 * Return the option's command-line flag in print mode.
		 * @return the flag, such as {@code --atlas.dialect}
		 */
		public String flag() {
			return this.flag;
		}

	}

}
