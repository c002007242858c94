package jp.mamori.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import jp.mamori.tasks.TaskLazyModel;
import org.junit.jupiter.api.Test;

/** The list page's table counts no further than the task list (ADR 0041), and says so. */
class FigureLazyModelTest {

  private static FigureList rows(int n) {
    return FigureList.ofRows("t", List.of(), IntStream.range(0, n).mapToObj(i -> Map.<String, Object>of("i", i))
        .toList());
  }

  @Test
  void aListUpToTheCapIsCountedExactly() {
    FigureLazyModel model = new FigureLazyModel(rows(1_000));
    assertThat(model.count(Map.of())).isEqualTo(1_000);
    assertThat(model.isCapped()).isFalse();
    assertThat(TaskLazyModel.pageReport(model.isCapped(), 1_000, Locale.JAPANESE))
        .isEqualTo("{startRecord}–{endRecord} / {totalRecords}");
  }

  @Test
  void anEmptyListHasNoReportBesideItsOwnMessage() {
    assertThat(TaskLazyModel.pageReport(false, 0, Locale.JAPANESE)).isEmpty();
  }

  @Test
  void aLongerListStopsAtTheCapAndTheReportSaysMore() {
    FigureLazyModel model = new FigureLazyModel(rows(1_001));
    assertThat(model.count(Map.of())).isEqualTo(TaskLazyModel.COUNT_CAP);
    assertThat(model.isCapped()).isTrue();
    assertThat(TaskLazyModel.pageReport(true, 1_000, Locale.JAPANESE))
        .isEqualTo("{startRecord}–{endRecord} / 1,000件以上");
    assertThat(TaskLazyModel.pageReport(true, 1_000, Locale.ENGLISH)).isEqualTo("{startRecord}–{endRecord} / 1,000+");
    // the pages beyond the cap are still there for the export, which reads until a page comes back empty
    assertThat(model.load(1_000, 500, Map.of(), Map.of())).hasSize(1);
    assertThat(model.load(1_500, 500, Map.of(), Map.of())).isEmpty();
  }

  @Test
  void aCappedCountOfItsOwnIsAskedWithTheCap() {
    int[] askedCap = {-1};
    FigureList list = FigureList.of("t", List.of(), () -> 50_000, cap -> {
      askedCap[0] = cap;
      return cap + 1;
    }, (first, max) -> List.of());
    assertThat(new FigureLazyModel(list).count(Map.of())).isEqualTo(1_000);
    assertThat(askedCap[0]).isEqualTo(TaskLazyModel.COUNT_CAP);
    assertThat(list.count()).isEqualTo(50_000);
  }

  @Test
  void anEmptyCountSparesThePageThatFollowsItButNotALaterRead() {
    int[] pages = {0};
    List<Map<String, Object>> rows = new java.util.ArrayList<>();
    FigureList list = FigureList.of("t", List.of(), () -> rows.size(), (first, max) -> {
      pages[0]++;
      return rows.subList(Math.min(first, rows.size()), Math.min(first + max, rows.size()));
    });
    FigureLazyModel model = new FigureLazyModel(list);
    assertThat(model.count(Map.of())).isZero();
    assertThat(model.load(0, 20, Map.of(), Map.of())).isEmpty();
    assertThat(pages[0]).isZero();
    // a row arrives; the export reads without counting first, and finds it
    rows.add(Map.of("i", 1));
    assertThat(model.load(0, 500, Map.of(), Map.of())).hasSize(1);
    assertThat(pages[0]).isEqualTo(1);
  }
}
