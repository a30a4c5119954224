-- A network's pages, and every list by region, choose behovsmeldinger by their partnership's
-- region: without this index each such read went through every partnership of the country.
CREATE INDEX partnerskap_region ON partnerskap(region_id);
