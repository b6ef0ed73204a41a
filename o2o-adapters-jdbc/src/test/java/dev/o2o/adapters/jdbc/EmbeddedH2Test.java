package dev.o2o.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.core.location.Location;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedH2Test {

  @Test
  void givenAFileDatabase_whenMigratedWrittenAndOpenedAgain_thenTheDataIsStillThereAndNothingMigratesTwice(
      @TempDir Path directory) {
    DataSource first = EmbeddedH2.file(directory.resolve("o2o"));
    assertThat(JdbcSchema.migrate(first)).isEqualTo(JdbcSchema.SCRIPTS.size());
    new JdbcLocationDirectory(new JdbcTransactions(first))
        .save(new Location(Fixtures.WAREHOUSE, "이천 물류센터", true, 1));

    DataSource again = EmbeddedH2.file(directory.resolve("o2o"));

    assertThat(JdbcSchema.migrate(again)).isZero();
    assertThat(new JdbcLocationDirectory(new JdbcTransactions(again)).find(Fixtures.WAREHOUSE)).isPresent();
  }

  @Test
  void givenASchemaWithTheHostsOwnTables_whenMigrated_thenO2oAddsItsTablesBesideThem() throws Exception {
    DataSource dataSource = EmbeddedH2.memory("host_schema");
    try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
      statement.execute("CREATE TABLE host_customer (id INT PRIMARY KEY)");
    }

    assertThat(JdbcSchema.migrate(dataSource)).isEqualTo(JdbcSchema.SCRIPTS.size());
    assertThat(new JdbcTransactions(dataSource).dialect()).isEqualTo(Dialect.H2);
  }

  @Test
  void givenAMemoryDatabaseName_whenItHoldsAnythingButLettersDigitsAndUnderscores_thenItIsRefused() {
    assertThatThrownBy(() -> EmbeddedH2.memory("x;INIT=RUNSCRIPT")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x;INIT=RUNSCRIPT");
  }

  @Test
  void givenEveryDialect_whenItsScriptsAreRendered_thenNoPlaceholderIsLeft() {
    for (Dialect dialect : Dialect.values()) {
      assertThat(JdbcSchema.scripts(dialect)).hasSize(JdbcSchema.SCRIPTS.size())
          .allSatisfy(script -> assertThat(script.getValue()).doesNotContain("${"));
    }
  }
}
