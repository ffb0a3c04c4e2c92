package dev.millrace.patterns;

/** How directly the SDK supports a pattern, on the scale of the Workflow Patterns evaluations. */
public enum Rating {
  /** One SDK primitive or a short idiom does it. */
  DIRECT("+"),
  /** Needs a reusable helper or carries a real caveat. */
  PARTIAL("+/-"),
  /** Would need a token-flow interpreter. */
  NONE("-");

  private final String symbol;

  Rating(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }
}
