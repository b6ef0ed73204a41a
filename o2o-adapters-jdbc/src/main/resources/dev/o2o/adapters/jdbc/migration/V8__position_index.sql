-- Every movement looks its positions up by their whole key (SKU, location kind, location code). Without statistics (a
-- new database, or autovacuum off) PostgreSQL may take the index by location for that look-up, rows=1 by its guess,
-- and then filter every position of the location by SKU: a warehouse of 10,000 SKUs made each look-up read 10,000
-- rows. Ending the index by location with the SKU makes it a point look-up too, whichever index the planner takes;
-- the stock at a location still reads its prefix. The placeholder after the index name is " ON o2o_stock_position"
-- where DROP INDEX names the table (MariaDB), empty elsewhere.

DROP INDEX o2o_stock_position_location_ix${o2o_on_stock_position};

CREATE INDEX o2o_stock_position_location_ix ON o2o_stock_position (location_kind, location_code, sku_code);
