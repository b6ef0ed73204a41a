package dev.o2o.adapters.jdbc;

import static dev.o2o.adapters.jdbc.Columns.parameters;

import dev.o2o.core.catalog.BarcodeTakenException;
import dev.o2o.core.catalog.Catalogue;
import dev.o2o.core.catalog.Ean13;
import dev.o2o.core.catalog.Sku;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.model.StyleCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SKU catalogue on JDBC: a row per SKU and a row per barcode, each barcode unique across the catalogue. */
public final class JdbcCatalogue implements Catalogue {

  private static final String SKU_COLUMNS = "sku_code, style_code, colour, size_label, display_name";
  private static final String SELECT_SKUS = "SELECT s.sku_code, s.style_code, s.colour, s.size_label,"
      + " s.display_name, b.barcode FROM o2o_sku s JOIN o2o_sku_barcode b ON b.sku_code = s.sku_code";
  private static final String ORDER = " ORDER BY s.sku_code, b.rank_in_sku";

  private final JdbcTransactions transactions;

  /** The catalogue of the database {@code transactions} run on. */
  public JdbcCatalogue(JdbcTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void save(Sku sku) {
    transactions.run("could not save SKU " + sku.code(), c -> {
      refuseTakenBarcodes(c, sku);
      upsert(c, sku);
      try (PreparedStatement delete = c.prepareStatement("DELETE FROM o2o_sku_barcode WHERE sku_code = ?")) {
        delete.setString(1, sku.code().value());
        delete.executeUpdate();
      }
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO o2o_sku_barcode (barcode, sku_code, rank_in_sku) VALUES (?, ?, ?)")) {
        for (int i = 0; i < sku.barcodes().size(); i++) {
          insert.setString(1, sku.barcodes().get(i).value());
          insert.setString(2, sku.code().value());
          insert.setInt(3, i);
          insert.executeUpdate();
        }
      } catch (SQLException e) {
        if (transactions.dialect().isUniqueViolation(e)) {
          // Another transaction gave one of these barcodes to another SKU since we looked: run again, and the look
          // will name the owner.
          throw new TransientStoreException("a barcode of SKU " + sku.code() + " was taken meanwhile", e);
        }
        throw e;
      }
    });
  }

  private static void refuseTakenBarcodes(Connection connection, Sku sku) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT barcode, sku_code FROM o2o_sku_barcode"
        + " WHERE barcode IN (" + parameters(sku.barcodes().size()) + ") AND sku_code <> ?")) {
      int index = 1;
      for (Ean13 barcode : sku.barcodes()) {
        select.setString(index++, barcode.value());
      }
      select.setString(index, sku.code().value());
      try (ResultSet row = select.executeQuery()) {
        if (row.next()) {
          throw new BarcodeTakenException(Ean13.of(row.getString("barcode")), SkuCode.of(row.getString("sku_code")),
              sku.code());
        }
      }
    }
  }

  private void upsert(Connection connection, Sku sku) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement("UPDATE o2o_sku SET style_code = ?, colour = ?,"
        + " size_label = ?, display_name = ? WHERE sku_code = ?")) {
      update.setString(1, sku.style().value());
      update.setString(2, sku.colour());
      update.setString(3, sku.size());
      update.setString(4, sku.displayName());
      update.setString(5, sku.code().value());
      if (update.executeUpdate() == 1) {
        return;
      }
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO o2o_sku (" + SKU_COLUMNS + ") VALUES (?, ?, ?, ?, ?)")) {
      insert.setString(1, sku.code().value());
      insert.setString(2, sku.style().value());
      insert.setString(3, sku.colour());
      insert.setString(4, sku.size());
      insert.setString(5, sku.displayName());
      insert.executeUpdate();
    } catch (SQLException e) {
      if (transactions.dialect().isUniqueViolation(e)) {
        throw new TransientStoreException("SKU " + sku.code() + " was added meanwhile by another transaction", e);
      }
      throw e;
    }
  }

  @Override
  public Optional<Sku> find(SkuCode code) {
    return transactions.read("could not read SKU " + code, c -> {
      try (PreparedStatement select = c.prepareStatement(SELECT_SKUS + " WHERE s.sku_code = ?" + ORDER)) {
        select.setString(1, code.value());
        return skus(select).stream().findFirst();
      }
    });
  }

  @Override
  public Optional<Sku> findByBarcode(Ean13 barcode) {
    return transactions.read("could not look up barcode " + barcode, c -> {
      try (PreparedStatement select = c.prepareStatement(SELECT_SKUS
          + " WHERE s.sku_code = (SELECT sku_code FROM o2o_sku_barcode WHERE barcode = ?)" + ORDER)) {
        select.setString(1, barcode.value());
        return skus(select).stream().findFirst();
      }
    });
  }

  @Override
  public List<Sku> skusOfStyle(StyleCode style) {
    return transactions.read("could not read the SKUs of style " + style, c -> {
      try (PreparedStatement select = c.prepareStatement(SELECT_SKUS + " WHERE s.style_code = ?" + ORDER)) {
        select.setString(1, style.value());
        return skus(select);
      }
    });
  }

  @Override
  public List<Sku> all() {
    return transactions.read("could not read the catalogue", c -> {
      try (PreparedStatement select = c.prepareStatement(SELECT_SKUS + ORDER)) {
        return skus(select);
      }
    });
  }

  /** The SKUs the query finds, with their barcodes in order, sorted by code. */
  private static List<Sku> skus(PreparedStatement select) throws SQLException {
    Map<SkuCode, Sku> skus = new LinkedHashMap<>();
    Map<SkuCode, List<Ean13>> barcodes = new LinkedHashMap<>();
    Map<SkuCode, String[]> parts = new LinkedHashMap<>();
    try (ResultSet row = select.executeQuery()) {
      while (row.next()) {
        SkuCode code = SkuCode.of(row.getString("sku_code"));
        parts.computeIfAbsent(code, k -> new String[4]);
        String[] p = parts.get(code);
        p[0] = row.getString("style_code");
        p[1] = row.getString("colour");
        p[2] = row.getString("size_label");
        p[3] = row.getString("display_name");
        barcodes.computeIfAbsent(code, k -> new ArrayList<>()).add(Ean13.of(row.getString("barcode")));
      }
    }
    parts.forEach((code, p) -> skus.put(code,
        new Sku(code, StyleCode.of(p[0]), p[1], p[2], p[3], barcodes.get(code))));
    List<Sku> sorted = new ArrayList<>(skus.values());
    sorted.sort(Comparator.comparing(Sku::code));
    return sorted;
  }
}
