package dev.millrace.pipeline;

/** The counts one processed batch reports back to the workflow; the documents stay in the database. */
public record BatchResult(int batchIndex, int documentsIn, int documentsOut, int documentsQuarantined) {}
