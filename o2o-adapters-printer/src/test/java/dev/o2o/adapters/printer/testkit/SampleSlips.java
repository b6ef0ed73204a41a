package dev.o2o.adapters.printer.testkit;

import dev.o2o.adapters.printer.layout.Align;
import dev.o2o.adapters.printer.layout.Block;
import dev.o2o.adapters.printer.layout.SlipDocument;
import java.util.List;

/** Slip documents for tests, with Korean text, long names and a slip-number barcode. */
public final class SampleSlips {

  /** The slip number on {@link #acceptance()}. */
  public static final String SLIP_NUMBER = "PK000000000042";

  private SampleSlips() {}

  /** An acceptance slip with a long Korean item name and an ASCII one. */
  public static SlipDocument acceptance() {
    return SlipDocument.of(List.of(
        new Block.Title("픽업 접수증"),
        new Block.Text("강남점 (ST-GANGNAM)", Align.CENTER, false),
        new Block.Rule(),
        new Block.Field("주문번호", "MALL-20250301-0001"),
        new Block.Field("고객", "홍*동 010-****-5678"),
        new Block.Field("요청", "2025-03-01 10:15"),
        new Block.Field("기한", "2025-03-04 21:00"),
        new Block.Rule(),
        new Block.Item("여성 울 캐시미어 블렌드 롱 코트 (벨티드) 오트밀", List.of("AB1234-OAT-M · 오트밀 / M"), "1"),
        new Block.Item("Basic T-shirt", List.of("TS-001-WHT-L · White / L"), "2"),
        new Block.Rule(),
        new Block.Barcode(SLIP_NUMBER),
        new Block.Text("출력 2025-03-01 10:16", Align.LEFT, false)));
  }

  /** A short slip numbered {@code n}: its title line says which one it is. */
  public static SlipDocument numbered(int n) {
    return SlipDocument.of(List.of(
        new Block.Title("접수증 " + n),
        new Block.Field("주문번호", "ORDER-" + n),
        new Block.Barcode(String.format("PK%012d", n))));
  }
}
