package io.github.atlasspring.it;

import java.sql.Types;

import org.hibernate.community.dialect.SQLiteDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;

/**
 * Hibernate's SQLite dialect, rid of two defects that an application on SQLite has to
 * work around in a dialect of its own, as this one does: the DDL of the community dialect
 * writes {@code comment on} statements that SQLite rejects, and its identity columns are
 * {@code integer} (the rowid), which schema validation then rejects for a {@code Long}
 * id. The printed DDL keeps an application's own dialect, so the tests on SQLite prove
 * that too.
 */
public class SqliteTestDialect extends SQLiteDialect {

	public SqliteTestDialect() {
	}

	public SqliteTestDialect(DialectResolutionInfo info) {
		super(info);
	}

	@Override
	public boolean supportsCommentOn() {
		return false;
	}

	@Override
	public boolean equivalentTypes(int typeCode1, int typeCode2) {
		return super.equivalentTypes(typeCode1, typeCode2) || (isInteger(typeCode1) && isInteger(typeCode2));
	}

	private static boolean isInteger(int typeCode) {
		return typeCode == Types.INTEGER || typeCode == Types.BIGINT;
	}

}
