package dev.millrace.pipeline.text.entities;

/** The kinds of entity the extractors report. */
public enum EntityType {
  DATE, MONEY, PERCENT, QUANTITY, EMAIL, URL, NAME
}
