package jp.mamori.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.concurrent.atomic.AtomicBoolean;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.DataExporters;

/**
 * PrimeFaces' CSV export of data tables ({@code <p:dataExporter type="csv">}, the dashboard's lists) with every
 * cell neutralized as in the app's other CSV files ({@link Csv#neutralize}): PrimeFaces quotes cells but lets a
 * leading = + - @ through to the spreadsheet.
 */
public class CsvTableExporter extends DataTableCSVExporter {

  @Override
  protected String escapeQuotes(String value) {
    return super.escapeQuotes(Csv.neutralize(value));
  }

  /**
   * Makes it the exporter of type "csv" for every data table, before the first page renders (registered in
   * faces-config.xml): PrimeFaces' application context cannot be set up earlier, while the servlet context starts.
   */
  public static class Registration implements SystemEventListener {

    private static final AtomicBoolean REGISTERED = new AtomicBoolean();

    @Override
    public boolean isListenerForSource(Object source) {
      return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
      if (!REGISTERED.get()) {
        DataExporters.register(DataTable.class, CsvTableExporter.class, "csv");
        REGISTERED.set(true);
      }
    }
  }
}
