package io.github.atlasspring.print;

import io.github.atlasspring.schema.SchemaExportException;

/**
 * The exit codes of print mode.
 */
public enum ExitStatus {

	/**
	 * The DDL was printed.
	 */
	PRINTED(0),

	/**
	 * The application failed to start for a reason of its own.
	 */
	STARTUP_FAILED(1),

	/**
	 * An option is missing or invalid: the dialect, its version or the persistence unit.
	 */
	INVALID_OPTION(2),

	/**
	 * There is nothing to print: no {@code EntityManagerFactory} or no entity.
	 */
	NO_ENTITIES(3),

	/**
	 * Hibernate rejected the entity mappings.
	 */
	MAPPING_ERROR(4),

	/**
	 * A bean asked for a database connection while the application started, which print
	 * mode refuses.
	 */
	CONNECTION_REFUSED(5);

	private final int code;

	ExitStatus(int code) {
		this.code = code;
	}

	/**
	 * Return the status of an export that failed, in print mode and script mode alike.
	 * @param reason why the export failed
	 * @return the status
	 */
	public static ExitStatus of(SchemaExportException.Reason reason) {
		return switch (reason) {
			case INVALID_OPTION -> INVALID_OPTION;
			case NO_ENTITIES -> NO_ENTITIES;
			case MAPPING_ERROR -> MAPPING_ERROR;
		};
	}

	/**
	 * Return the status of an exit code that print mode gave.
	 * @param code the exit code
	 * @return the status, {@link #STARTUP_FAILED} for a code print mode does not give
	 */
	static ExitStatus ofCode(int code) {
		for (ExitStatus status : values()) {
			if (status.code == code) {
				return status;
			}
		}
		return STARTUP_FAILED;
	}

	/**
	 * Return the process exit code.
	 * @return the exit code
	 */
	public int code() {
		return this.code;
	}

}
