-- A batch's cleaned documents as a large binary value: on H2 a BINARY LARGE OBJECT, stored in blocks outside
-- the table's pages (a VARBINARY of a few megabytes was serialised whole inside its page on every write); on
-- PostgreSQL the BYTEA it already was.
ALTER TABLE batch_output ALTER COLUMN documents SET DATA TYPE ${large_binary};
