package dev.millrace.pipeline;

/** One raw line of the input with its 1-based line number, kept as bytes until it is parsed. */
public record InputLine(long lineNumber, byte[] bytes) {}
