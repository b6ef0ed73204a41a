package dev.o2o.adapters.printer.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.o2o.adapters.printer.layout.Align;
import dev.o2o.adapters.printer.layout.Block;
import dev.o2o.adapters.printer.layout.SlipDocument;
import java.util.List;
import org.quicktheories.core.Gen;

/** QuickTheories generators of slip text and documents. */
public final class SlipGenerators {

  private SlipGenerators() {}

  /** Text of every kind a host may hand over: Hangul, ASCII, symbols, emoji, controls, long runs without spaces. */
  public static Gen<String> text() {
    Gen<String> hangul = strings().betweenCodePoints(0xAC00, 0xD7A3).ofLengthBetween(0, 60);
    Gen<String> ascii = strings().ascii().ofLengthBetween(0, 120);
    Gen<String> any = strings().allPossible().ofLengthBetween(0, 40);
    Gen<String> spaced = lists().of(strings().betweenCodePoints(0xAC00, 0xAC10).ofLengthBetween(0, 25))
        .ofSizeBetween(0, 8).map(words -> String.join(" ", words));
    return hangul.mix(ascii).mix(any).mix(spaced);
  }

  public static Gen<SlipDocument> documents() {
    Gen<Block> title = text().map(t -> new Block.Title("T" + t));
    Gen<Block> paragraph = text().map(t -> new Block.Text(t, Align.CENTER, true));
    Gen<Block> field = text().zip(text(), (l, v) -> new Block.Field("L" + l, v));
    Gen<Block> item = text().zip(text(), integers().between(1, 1_000_000),
        (n, d, q) -> new Block.Item("N" + n, List.of(d, d), q + "개"));
    Gen<Block> block = title.mix(paragraph).mix(field).mix(item);
    return lists().of(block).ofSizeBetween(1, 6).map(SlipDocument::of);
  }
}
