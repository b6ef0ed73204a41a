package dev.o2o.allocation.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.allocation.shipment.ShipmentId;
import dev.o2o.allocation.shipment.WaybillRegistry;
import dev.o2o.allocation.shipment.WaybillTakenException;
import dev.o2o.core.shipping.Courier;
import dev.o2o.core.shipping.WaybillNumber;
import dev.o2o.core.tx.TransactionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link WaybillRegistry}: a number's digits belong to one shipment; registration rolls back. */
public abstract class WaybillRegistryContract {

  protected AllocationBackend backend;
  protected WaybillRegistry waybills;
  protected TransactionRunner transactions;

  private static final WaybillNumber CJ_NUMBER = WaybillNumber.of(Courier.CJ, "123456789012");
  private static final ShipmentId FIRST = ShipmentId.of("SHP-00000001");
  private static final ShipmentId SECOND = ShipmentId.of("SHP-00000002");

  /** A backend with empty stores whose {@link AllocationBackend#waybills()} is the registry under test. */
  protected abstract AllocationBackend newBackend();

  @BeforeEach
  void setUpBackend() {
    backend = newBackend();
    waybills = backend.waybills();
    transactions = backend.transactions();
  }

  @AfterEach
  void closeBackend() {
    backend.close();
  }

  @Test
  void givenNothing_whenANumberIsLookedUp_thenNobodyHoldsIt() {
    assertThat(waybills.holderOf("123456789012")).isEmpty();
  }

  @Test
  void givenARegisteredNumber_whenLookedUpByItsDigits_thenItsShipmentHoldsIt() {
    transactions.run(() -> waybills.register(CJ_NUMBER, FIRST));

    assertThat(waybills.holderOf("123456789012")).contains(FIRST);
  }

  @Test
  void givenARegisteredNumber_whenTheSameShipmentRegistersItAgain_thenNothingChanges() {
    transactions.run(() -> waybills.register(CJ_NUMBER, FIRST));
    transactions.run(() -> waybills.register(CJ_NUMBER, FIRST));

    assertThat(waybills.holderOf("123456789012")).contains(FIRST);
  }

  @Test
  void givenARegisteredNumber_whenAnotherShipmentRegistersTheSameDigitsOfAnotherCourier_thenItIsRefused() {
    transactions.run(() -> waybills.register(CJ_NUMBER, FIRST));

    assertThatThrownBy(() -> transactions.run(() ->
        waybills.register(WaybillNumber.of(Courier.LOTTE, "123456789012"), SECOND)))
        .isInstanceOf(WaybillTakenException.class)
        .hasMessageContaining("123456789012").hasMessageContaining(FIRST.value());
    assertThat(waybills.holderOf("123456789012")).contains(FIRST);
  }

  @Test
  void givenATransactionThatFails_whenItRegisteredANumber_thenTheNumberIsFree() {
    assertThatThrownBy(() -> transactions.run(() -> {
      waybills.register(CJ_NUMBER, FIRST);
      throw new IllegalStateException("boom");
    })).hasMessage("boom");

    assertThat(waybills.holderOf("123456789012")).isEmpty();
  }
}
