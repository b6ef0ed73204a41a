package dev.o2o.benchmarks;

import dev.o2o.adapters.printer.escpos.RasterFont;
import dev.o2o.adapters.printer.escpos.RasterModeEncoder;
import dev.o2o.adapters.printer.escpos.SlipDrawing;
import dev.o2o.adapters.printer.escpos.TextModeEncoder;
import dev.o2o.adapters.printer.layout.Align;
import dev.o2o.adapters.printer.layout.Block;
import dev.o2o.adapters.printer.layout.PaperWidth;
import dev.o2o.adapters.printer.layout.SlipDocument;
import dev.o2o.adapters.printer.layout.SlipLayout;
import dev.o2o.adapters.printer.layout.SlipText;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Slips rendered per second by the printer adapter, from slip document to the ESC/POS bytes of the whole slip: text
 * mode (layout, CP949, Korean mode, barcode, cut, through escpos-coffee) and raster mode (layout, Java2D drawing with
 * the Korean font of {@code fonts-nanum}, {@code GS v 0} bands). Each beside a baseline measured in the same run: text
 * mode against encoding the slip's finished lines to CP949 and nothing else; raster mode against drawing those lines
 * whole with one {@code drawString} each on a same-size image and packing its bits by hand.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Djava.awt.headless=true"})
public class SlipRenderBenchmark {

  /** One acceptance slip with two items, on the paper under test, and its renderers. */
  @State(Scope.Benchmark)
  public static class Slip {
    @Param({"MM58_32", "MM80_48"})
    PaperWidth paper;

    SlipDocument document;
    TextModeEncoder text;
    RasterModeEncoder raster;
    List<String> lines;
    Font font;
    int height;

    @Setup
    public void setUp() {
      document = SlipDocument.of(List.of(
          new Block.Title("픽업 접수증"),
          new Block.Text("강남점", Align.CENTER, false),
          new Block.Rule(),
          new Block.Field("주문번호", "MALL-20250301-0001"),
          new Block.Field("고객", "홍*동 010-****-5678"),
          new Block.Field("요청일시", "2025-03-01 10:15"),
          new Block.Field("픽업기한", "2025-03-04 21:00"),
          new Block.Rule(),
          new Block.Item("여성 울 캐시미어 블렌드 벨티드 롱 코트", List.of("AB1234-OAT-M · 오트밀 / M"), "1"),
          new Block.Item("베이직 반팔 티셔츠", List.of("TS-001-WHT-L · 화이트 / L"), "2"),
          new Block.Rule(),
          new Block.Barcode("PK000000000042"),
          new Block.Text("출력 2025-03-01 10:20", Align.LEFT, false)));
      RasterFont rasterFont = RasterFont.installed();
      text = new TextModeEncoder(paper);
      raster = new RasterModeEncoder(paper, rasterFont);
      lines = new SlipLayout(paper).layOut(document).textLines();
      font = rasterFont.font();
      height = new SlipDrawing(rasterFont).draw(new SlipLayout(paper).layOut(document)).getHeight();
    }
  }

  @Benchmark
  public byte[] textMode(Slip slip) {
    return slip.text.encode(slip.document);
  }

  @Benchmark
  public int textModeBaseline(Slip slip) {
    int bytes = 0;
    for (String line : slip.lines) {
      bytes += line.getBytes(SlipText.CHARSET).length;
    }
    return bytes;
  }

  @Benchmark
  public byte[] rasterMode(Slip slip) {
    return slip.raster.encode(slip.document);
  }

  @Benchmark
  public byte[] rasterModeBaseline(Slip slip) {
    int width = slip.paper.dots();
    BufferedImage image = new BufferedImage(width, slip.height, BufferedImage.TYPE_BYTE_BINARY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, slip.height);
    g.setColor(Color.BLACK);
    g.setFont(slip.font);
    int y = SlipDrawing.ROW_HEIGHT;
    for (String line : slip.lines) {
      g.drawString(line, 0, y);
      y += SlipDrawing.ROW_HEIGHT;
    }
    g.dispose();
    byte[] bits = new byte[width / 8 * slip.height];
    for (int row = 0; row < slip.height; row++) {
      for (int x = 0; x < width; x++) {
        if ((image.getRGB(x, row) & 0xFFFFFF) == 0) {
          bits[row * (width / 8) + x / 8] |= (byte) (0x80 >> (x % 8));
        }
      }
    }
    return bits;
  }
}
