package dev.millrace.pipeline.text.entities;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of money with a currency symbol, an ISO-4217 code or the word "dollars"; the value is the amount
 * in plain digits and the code: "$1.5 million" becomes {@code 1500000 USD}.
 */
final class MoneyRecognizer implements Recognizer {
  private static final String AMOUNT = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
  private static final String SCALE = "(?:\\s(thousand|million|billion|trillion)\\b)?";
  private static final String CODES = "USD|EUR|GBP|JPY|CHF|CAD|AUD";
  private static final Pattern SYMBOL_FIRST = Pattern.compile("(US\\$|\\$|€|£|¥)\\s?" + AMOUNT + SCALE);
  private static final Pattern CODE_FIRST = Pattern.compile("\\b(" + CODES + ")\\s?" + AMOUNT + SCALE);
  private static final Pattern AMOUNT_FIRST = Pattern.compile("\\b" + AMOUNT + SCALE + "\\s(" + CODES + "|dollars)\\b");
  private static final Map<String, String> SYMBOLS = Map.of("US$", "USD", "$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY");

  @Override
  public void find(String text, List<Entity> candidates) {
    Matcher symbol = SYMBOL_FIRST.matcher(text);
    while (symbol.find()) {
      add(candidates, symbol, SYMBOLS.get(symbol.group(1)), symbol.group(2), symbol.group(3));
    }
    Matcher code = CODE_FIRST.matcher(text);
    while (code.find()) {
      add(candidates, code, code.group(1), code.group(2), code.group(3));
    }
    Matcher amountFirst = AMOUNT_FIRST.matcher(text);
    while (amountFirst.find()) {
      String unit = amountFirst.group(3);
      add(candidates, amountFirst, unit.equals("dollars") ? "USD" : unit, amountFirst.group(1), amountFirst.group(2));
    }
  }

  private static void add(List<Entity> candidates, Matcher m, String currency, String amount, String scale) {
    BigDecimal value = Numbers.parse(amount).multiply(Numbers.scale(scale));
    candidates.add(new Entity(EntityType.MONEY, m.start(), m.end(), m.group(),
        Numbers.plain(value) + " " + currency.toUpperCase(Locale.ROOT)));
  }
}
