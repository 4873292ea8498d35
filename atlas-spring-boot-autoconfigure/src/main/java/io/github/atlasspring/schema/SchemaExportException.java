package io.github.atlasspring.schema;

/**
 * Thrown when a schema cannot be exported. The message is a single line that says what
 * to change.
 */
public class SchemaExportException extends RuntimeException {

	private final Reason reason;

	SchemaExportException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	/**
	 * Create an exception for an option value that cannot be used.
	 * @param message what is wrong and which option fixes it
	 * @return the exception
	 */
	public static SchemaExportException invalidOption(String message) {
		return new SchemaExportException(Reason.INVALID_OPTION, message, null);
	}

	/**
	 * Create an exception for a persistence unit that maps nothing.
	 * @param message what is missing
	 * @return the exception
	 */
	public static SchemaExportException noEntities(String message) {
		return new SchemaExportException(Reason.NO_ENTITIES, message, null);
	}

	static SchemaExportException mappingError(String unit, Throwable cause) {
		return new SchemaExportException(Reason.MAPPING_ERROR,
				"Hibernate cannot map persistence unit '" + unit + "': " + oneLine(rootCause(cause)), cause);
	}

	/**
	 * Return why the export failed.
	 * @return the reason
	 */
	public Reason getReason() {
		return this.reason;
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
		 * Hibernate rejected the entity mappings.
		 */
		MAPPING_ERROR

	}

}
