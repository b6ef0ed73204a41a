/**
 * Every persistence port of o2o on a host-supplied {@link javax.sql.DataSource}: H2 (the embedded default), PostgreSQL
 * and MariaDB from one codebase, the differences between them kept in {@link dev.o2o.adapters.jdbc.Dialect}.
 *
 * <p>Wiring: migrate once with {@link dev.o2o.adapters.jdbc.JdbcSchema#migrate(javax.sql.DataSource)}, make one
 * {@link dev.o2o.adapters.jdbc.JdbcTransactions} per data source, and give it to every port of that database.
 */
package dev.o2o.adapters.jdbc;
