package dev.o2o.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.core.location.Location;
import dev.o2o.core.location.LocationDirectory;
import dev.o2o.core.model.LocationId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of the {@link LocationDirectory} port. */
public abstract class LocationDirectoryContract {

  private CoreBackend backend;
  private LocationDirectory locations;

  /** A backend with empty stores. */
  protected abstract CoreBackend newBackend();

  @BeforeEach
  void setUpBackend() {
    backend = newBackend();
    locations = backend.locations();
  }

  @AfterEach
  void closeBackend() {
    backend.close();
  }

  @Test
  void givenLocations_whenOnlineSourcesAreAsked_thenOnlyShippingOnesComeInRankOrder() {
    locations.save(new Location(LocationId.warehouse("WH-BUSAN"), "부산 물류센터", true, 2));
    locations.save(new Location(LocationId.warehouse("WH-ICHEON"), "이천 물류센터", true, 1));
    locations.save(new Location(LocationId.store("ST-GANGNAM"), "강남점", true, 3));
    locations.save(new Location(LocationId.store("ST-HONGDAE"), "홍대점", false, 1));
    assertThat(locations.onlineSources()).extracting(l -> l.id().code())
        .containsExactly("WH-ICHEON", "WH-BUSAN", "ST-GANGNAM");
    assertThat(locations.all()).hasSize(4);
    assertThat(locations.find(LocationId.store("ST-HONGDAE")).map(Location::name)).contains("홍대점");
  }

  @Test
  void givenLocation_whenSavedAgain_thenItIsReplaced() {
    locations.save(new Location(LocationId.store("ST-GANGNAM"), "강남점", false, 1));
    locations.save(new Location(LocationId.store("ST-GANGNAM"), "강남 플래그십", true, 4));
    assertThat(locations.require(LocationId.store("ST-GANGNAM")))
        .isEqualTo(new Location(LocationId.store("ST-GANGNAM"), "강남 플래그십", true, 4));
  }

  @Test
  void givenUnknownLocation_whenRequired_thenTheErrorNamesIt() {
    assertThatThrownBy(() -> locations.require(LocationId.store("ST-NOWHERE")))
        .hasMessageContaining("STORE:ST-NOWHERE");
  }
}
