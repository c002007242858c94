package jp.mamori.request;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A hospital's disclosure fees (第31条; {@code 001}): data in {@code request/fees-<name>.yaml}, not code. A table
 * whose row has no price, a negative or unreadable price, or an unknown basis is refused with the file and the row.
 */
public record FeeTable(String file, String name, List<Item> items) {

  /** What a row's quantity counts. */
  public enum Basis {
    REQUEST("request"), COPY_REQUEST("copyRequest"), PAGE("page"), IMAGE_DISC("imageDisc"),
    OTHER_DISC("otherDisc"), VIEWING_DOCTOR("viewingDoctor"), VIEWING_CLERK("viewingClerk"),
    SUMMARY_DEPARTMENT("summaryDepartment");

    private final String value;

    Basis(String value) {
      this.value = value;
    }

    static Basis of(String value) {
      return Arrays.stream(values()).filter(b -> b.value.equals(value)).findFirst().orElse(null);
    }
  }

  public record Item(String code, String label, Basis basis, long price, Long maxPrice) {}

  /** What is disclosed, as the decision counts it. */
  public record Quantities(long pages, long imageDiscs, long otherDiscs, long viewingDoctorUnits,
      long viewingClerkUnits, long summaryDepartments) {

    long of(Basis basis) {
      return switch (basis) {
        case REQUEST -> 1;
        case COPY_REQUEST -> pages + imageDiscs + otherDiscs > 0 ? 1 : 0;
        case PAGE -> pages;
        case IMAGE_DISC -> imageDiscs;
        case OTHER_DISC -> otherDiscs;
        case VIEWING_DOCTOR -> viewingDoctorUnits;
        case VIEWING_CLERK -> viewingClerkUnits;
        case SUMMARY_DEPARTMENT -> summaryDepartments;
      };
    }
  }

  /** One charged row of a fee. */
  public record Line(Item item, long quantity, long amount) {}

  public record Fee(long total, List<Line> lines) {}

  public Fee compute(Quantities quantities) {
    List<Line> lines = new ArrayList<>();
    long total = 0;
    for (Item item : items) {
      long quantity = quantities.of(item.basis());
      if (quantity > 0) {
        long amount = Math.multiplyExact(item.price(), quantity);
        lines.add(new Line(item, quantity, amount));
        total = Math.addExact(total, amount);
      }
    }
    return new Fee(total, List.copyOf(lines));
  }

  /** Reads {@code request/fees-<name>.yaml} from the classpath. */
  public static FeeTable load(String tableName) {
    String file = "request/fees-" + tableName + ".yaml";
    try (InputStream in = FeeTable.class.getClassLoader().getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("Fee table " + file + " (mamori.request.fee-table=" + tableName
            + ") is not on the classpath");
      }
      return parse(file, new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
    } catch (IOException e) {
      throw new IllegalStateException("Fee table " + file + " cannot be read", e);
    }
  }

  static FeeTable parse(String file, Object document) {
    if (!(document instanceof Map<?, ?> root) || !(root.get("items") instanceof List<?> rows) || rows.isEmpty()) {
      throw new IllegalStateException("Fee table " + file + " has no items");
    }
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String where = "Fee table " + file + ", row " + (i + 1);
      if (!(rows.get(i) instanceof Map<?, ?> row)) {
        throw new IllegalStateException(where + " is not a mapping");
      }
      String code = text(row.get("code"));
      where += code == null ? "" : " (" + code + ")";
      Basis basis = Basis.of(text(row.get("basis")));
      if (code == null || text(row.get("label")) == null || basis == null) {
        throw new IllegalStateException(where + ": code, label and a known basis are required");
      }
      Long price = price(where, "price", row.get("price"));
      if (price == null) {
        throw new IllegalStateException(where + ": the price is missing");
      }
      Long maxPrice = price(where, "maxPrice", row.get("maxPrice"));
      items.add(new Item(code, text(row.get("label")), basis, price, maxPrice));
    }
    return new FeeTable(file, String.valueOf(root.get("name")), List.copyOf(items));
  }

  private static Long price(String where, String key, Object value) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof Integer || value instanceof Long)) {
      throw new IllegalStateException(where + ": the " + key + " '" + value + "' is not a whole number of yen");
    }
    long price = ((Number) value).longValue();
    if (price < 0) {
      throw new IllegalStateException(where + ": the " + key + " " + price + " is negative");
    }
    return price;
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
