/**
 * A small model audited by Hibernate Envers, whose audit tables the DDL must contain.
 */
package io.github.atlasspring.it.model.audit;
