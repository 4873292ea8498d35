package io.github.atlasspring.print;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanCreationException;

import io.github.atlasspring.schema.SchemaExportException;

/**
 * Why a print-mode start-up printed nothing: the exit status and the one-line error that
 * names the fix. The one place that maps failures to exit codes.
 *
 * @param status the exit status
 * @param message the error, one line
 * @param unexpected whether the failure is the application's own, so that its stack trace
 * helps
 */
record PrintFailure(ExitStatus status, String message, boolean unexpected) {

	static final String GUARD_ADVICE = "@ConditionalOnProperty(name = \"atlas.print-schema\", havingValue = \"false\", "
			+ "matchIfMissing = true)";

	/**
	 * Explain a start-up failure.
	 * @param failure what ended the start-up
	 * @return the explanation
	 */
	static PrintFailure of(Throwable failure) {
		SchemaExportException exportFailure = find(failure, SchemaExportException.class);
		if (exportFailure != null) {
			return new PrintFailure(ExitStatus.of(exportFailure.getReason()), exportFailure.getMessage(), false);
		}
		RefusedConnectionException refusal = find(failure, RefusedConnectionException.class);
		if (refusal != null) {
			return new PrintFailure(ExitStatus.CONNECTION_REFUSED, refused(failure, refusal), false);
		}
		return new PrintFailure(ExitStatus.STARTUP_FAILED,
				"The application failed to start in print mode: " + describe(rootCause(failure)), true);
	}

	/**
	 * The failure of a start-up that ended without building any
	 * {@code EntityManagerFactory}.
	 * @return the explanation
	 */
	static PrintFailure noEntityManagerFactory() {
		return new PrintFailure(ExitStatus.STARTUP_FAILED,
				"The application started without building a JPA EntityManagerFactory, so there is no schema to print",
				false);
	}

	private static String refused(Throwable failure, RefusedConnectionException refusal) {
		String asker = askingBean(failure);
		String who = (asker != null) ? "Bean '" + asker + "'" : "A bean";
		return who + " asked " + refusal.getConnectionSource() + " for a connection while the application started, "
				+ "and print mode never connects to a database: keep the bean out of print mode with " + GUARD_ADVICE;
	}

	/**
	 * Return the innermost bean whose creation the refusal ended.
	 */
	private static @Nullable String askingBean(Throwable failure) {
		String beanName = null;
		for (Throwable candidate = failure; candidate != null
				&& !(candidate instanceof RefusedConnectionException); candidate = next(candidate)) {
			if (candidate instanceof BeanCreationException creation && creation.getBeanName() != null) {
				beanName = creation.getBeanName();
			}
		}
		return beanName;
	}

	private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
		for (Throwable candidate = failure; candidate != null; candidate = next(candidate)) {
			if (type.isInstance(candidate)) {
				return type.cast(candidate);
			}
		}
		return null;
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable root = failure;
		while (next(root) != null) {
			root = next(root);
		}
		return root;
	}

	private static @Nullable Throwable next(Throwable throwable) {
		Throwable cause = throwable.getCause();
		return (cause != throwable) ? cause : null;
	}

	private static String describe(Throwable ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage().replaceAll("\\s*\\R\\s*", " ") : "";
		return ex.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
	}

}
