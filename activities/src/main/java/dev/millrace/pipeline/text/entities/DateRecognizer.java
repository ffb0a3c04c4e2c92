package dev.millrace.pipeline.text.entities;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates written out in English ("July 4, 1776", "4th of July 1776", "Tue, 6 Aug 2002"), ISO dates
 * and US numeric dates, normalised to ISO-8601 ({@code 1776-07-04}); a month with a year ("June 1862")
 * becomes {@code 1862-06}, and a year after a word that makes it one ("in 1862", "fiscal year 1862") becomes
 * {@code 1862}. Impossible dates (February 30) are not reported.
 */
final class DateRecognizer implements Recognizer {
  private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
      + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
  private static final String DAY = "([0-3]?\\d)(?:st|nd|rd|th)?";
  private static final String YEAR = "(1[0-9]{3}|2[0-9]{3})";
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + " " + DAY + ",? " + YEAR + "\\b");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b" + DAY + " (?:of )?" + MONTH + ",? " + YEAR + "\\b");
  private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",? " + YEAR + "\\b");
  private static final Pattern ISO = Pattern.compile("\\b" + YEAR + "-(\\d{2})-(\\d{2})\\b");
  private static final Pattern YEAR_AFTER_WORD = Pattern.compile(
      "(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Yy]ear|[Dd]uring|[Bb]efore|[Aa]fter|[Tt]hrough) )"
          + "(1[6-9]\\d{2}|20\\d{2})\\b(?!,\\d)");
  private static final Pattern US_NUMERIC = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/" + YEAR + "\\b");
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));

  @Override
  public void find(String text, List<Entity> candidates) {
    findDays(MONTH_DAY_YEAR, text, candidates, 1, 2, 3);
    findDays(DAY_MONTH_YEAR, text, candidates, 2, 1, 3);
    Matcher iso = ISO.matcher(text);
    while (iso.find()) {
      addDay(candidates, iso, Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), iso.group(3));
    }
    Matcher us = US_NUMERIC.matcher(text);
    while (us.find()) {
      addDay(candidates, us, Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)), us.group(2));
    }
    Matcher monthYear = MONTH_YEAR.matcher(text);
    while (monthYear.find()) {
      YearMonth month = YearMonth.of(Integer.parseInt(monthYear.group(2)), month(monthYear.group(1)));
      candidates.add(new Entity(EntityType.DATE, monthYear.start(), monthYear.end(), monthYear.group(), month.toString()));
    }
    Matcher year = YEAR_AFTER_WORD.matcher(text);
    while (year.find()) {
      candidates.add(new Entity(EntityType.DATE, year.start(), year.end(), year.group(), year.group(1)));
    }
  }

  private static void findDays(Pattern pattern, String text, List<Entity> candidates, int monthGroup, int dayGroup,
      int yearGroup) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      addDay(candidates, m, Integer.parseInt(m.group(yearGroup)), month(m.group(monthGroup)), m.group(dayGroup));
    }
  }

  private static void addDay(List<Entity> candidates, Matcher m, int year, int month, String day) {
    try {
      LocalDate date = LocalDate.of(year, month, Integer.parseInt(day));
      candidates.add(new Entity(EntityType.DATE, m.start(), m.end(), m.group(), date.toString()));
    } catch (DateTimeException e) {
      // not a real calendar date ("February 30"): not an entity
    }
  }

  private static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }
}
