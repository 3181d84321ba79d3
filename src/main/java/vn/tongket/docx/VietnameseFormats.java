package vn.tongket.docx;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import freemarker.core.Environment;
import freemarker.core.InvalidFormatParametersException;
import freemarker.core.TemplateNumberFormat;
import freemarker.core.TemplateNumberFormatFactory;
import freemarker.core.TemplateValueFormatException;
import freemarker.core.UnformattableValueException;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.TemplateDateModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.ClassUtil;
import vn.tongket.vietnamese.VietnameseFormat;

/**
 * The Vietnamese formatting a template can ask for, registered once in {@link FreemarkerSettings}. Every format
 * and function hands over to {@link VietnameseFormat}, so a template writes a value exactly as the data model does.
 *
 * <p>Number formats, used as {@code ${x?string.@money_ty}} (or {@code <#setting number_format="@number">}):
 * <ul>
 *   <li>{@code @number}: "1.605.680", "14.563,145"; {@code @number_1} rounds to one decimal ("96,3");</li>
 *   <li>{@code @percent}: 87.67 → "87,67%"; {@code @percent_1} rounds to one decimal;</li>
 *   <li>{@code @money_ty}: an amount in tỷ đồng, 1528 → "1.528 tỷ đồng", 2167.098 → "2.167 tỷ 098 triệu đồng";
 *       {@code @money_trieu}: an amount in triệu đồng, 258868 → "258.868 triệu đồng".</li>
 * </ul>
 * FreeMarker reads the part after {@code _} as the format's parameter, which is why the names have no underscore.
 *
 * <p>Functions, in the hash {@code vn}: {@code vn.fraction(part, total)} ("64/73"), {@code vn.dateLine(date)}
 * ("ngày 25 tháng 12 năm 2023"), {@code vn.shortDate(date)} ("25/12/2023"), {@code vn.upper(text)} (capitals)
 * and {@code vn.roman(n)} ("XXIV"). A date is a date value, or text written {@code 2023-12-25} or
 * {@code 25/12/2023} (as the data model writes dates).
 */
final class VietnameseFormats {

    /** The name of the functions' hash: a data model key of this name would hide it. */
    static final String FUNCTIONS = "vn";

    private static final Pattern SHORT_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final int MAX_DECIMALS = 6;

    private VietnameseFormats() {
    }

    /** The custom number formats, by name (used with a leading {@code @}). */
    static Map<String, TemplateNumberFormatFactory> numberFormats() {
        Map<String, TemplateNumberFormatFactory> formats = new LinkedHashMap<>();
        formats.put("number", new Factory("number", params -> {
            Integer decimals = decimals("number", params);
            return decimals == null ? VietnameseFormat::number : v -> VietnameseFormat.number(v, decimals);
        }));
        formats.put("percent", new Factory("percent", params -> {
            Integer decimals = decimals("percent", params);
            return decimals == null ? VietnameseFormat::percent
                    : v -> VietnameseFormat.percent(v.setScale(decimals, RoundingMode.HALF_UP));
        }));
        formats.put("money", new Factory("money", params -> switch (params) {
            case "ty" -> VietnameseFormat::billions;
            case "trieu" -> VietnameseFormat::millions;
            default -> throw new InvalidFormatParametersException("say which unit the amount is in: @money_ty"
                    + " (tỷ đồng) or @money_trieu (triệu đồng)" + (params.isEmpty() ? "" : ", not \"" + params
                    + "\""));
        }));
        return Map.copyOf(formats);
    }

    /** The {@code vn} hash of functions. */
    static TemplateHashModel functions() {
        Map<String, TemplateModel> functions = new LinkedHashMap<>();
        functions.put("fraction", function("fraction", "vn.fraction(part, total)", 2, args -> VietnameseFormat
                .fraction(wholeNumber(args.get(0), "fraction"), wholeNumber(args.get(1), "fraction"))));
        functions.put("dateLine", function("dateLine", "vn.dateLine(date)", 1,
                args -> VietnameseFormat.dateLine(date(args.get(0), "dateLine"))));
        functions.put("shortDate", function("shortDate", "vn.shortDate(date)", 1,
                args -> VietnameseFormat.shortDate(date(args.get(0), "shortDate"))));
        functions.put("upper", function("upper", "vn.upper(text)", 1,
                args -> VietnameseFormat.upper(text(args.get(0), "upper"))));
        functions.put("roman", function("roman", "vn.roman(number)", 1, args -> {
            int n = wholeNumber(args.get(0), "roman");
            if (n <= 0 || n >= 4000) {
                throw new TemplateModelException("vn.roman: there is no Roman numeral for " + n);
            }
            return VietnameseFormat.roman(n);
        }));
        Map<String, TemplateModel> fixed = Map.copyOf(functions);
        return new TemplateHashModel() {
            @Override
            public TemplateModel get(String key) {
                return fixed.get(key);
            }

            @Override
            public boolean isEmpty() {
                return false;
            }
        };
    }

    // ---- number formats

    private interface Formatter {
        String format(BigDecimal value);
    }

    private interface FormatterFor {
        Formatter of(String params) throws InvalidFormatParametersException;
    }

    private static final class Factory extends TemplateNumberFormatFactory {
        private final String name;
        private final FormatterFor formatter;

        Factory(String name, FormatterFor formatter) {
            this.name = name;
            this.formatter = formatter;
        }

        @Override
        public TemplateNumberFormat get(String params, Locale locale, Environment env)
                throws TemplateValueFormatException {
            Formatter f = formatter.of(params.strip());
            String description = "@" + name + (params.isBlank() ? "" : "_" + params.strip());
            return new TemplateNumberFormat() {
                @Override
                public String formatToPlainText(TemplateNumberModel model)
                        throws TemplateValueFormatException, TemplateModelException {
                    return f.format(decimal(model.getAsNumber(), description));
                }

                @Override
                public boolean isLocaleBound() {
                    return false;
                }

                @Override
                public String getDescription() {
                    return description;
                }
            };
        }
    }

    private static Integer decimals(String name, String params) throws InvalidFormatParametersException {
        if (params.isEmpty()) {
            return null;
        }
        if (params.matches("\\d{1,2}") && Integer.parseInt(params) <= MAX_DECIMALS) {
            return Integer.parseInt(params);
        }
        throw new InvalidFormatParametersException("@" + name + " takes the number of decimals (0 to "
                + MAX_DECIMALS + "), as in @" + name + "_1, not \"" + params + "\"");
    }

    /** The exact decimal of a number: 87.67 stays 87.67 whether it came as a double or as a BigDecimal. */
    private static BigDecimal decimal(Number n, String format) throws UnformattableValueException {
        if (n == null) {
            throw new UnformattableValueException(format + " cannot write a missing number");
        }
        BigDecimal d = exactDecimal(n);
        if (d == null) {
            throw new UnformattableValueException(format + " cannot write " + n);
        }
        return d;
    }

    /** The exact decimal of a number (a float's own digits, not its binary expansion); null for NaN and infinity. */
    static BigDecimal exactDecimal(Number n) {
        return switch (n) {
            case BigDecimal d -> d;
            case BigInteger i -> new BigDecimal(i);
            case Long l -> BigDecimal.valueOf(l);
            case Integer i -> BigDecimal.valueOf(i);
            case Short s -> BigDecimal.valueOf(s);
            case Byte b -> BigDecimal.valueOf(b);
            default -> {
                double d = n.doubleValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    yield null;
                }
                try {
                    yield new BigDecimal(n.toString());
                } catch (NumberFormatException e) {
                    yield BigDecimal.valueOf(d);
                }
            }
        };
    }

    // ---- functions

    private interface Body {
        String apply(List<TemplateModel> args) throws TemplateModelException;
    }

    private static TemplateMethodModelEx function(String name, String usage, int arity, Body body) {
        return args -> {
            if (args.size() != arity) {
                throw new TemplateModelException("vn." + name + " takes " + arity
                        + (arity == 1 ? " argument" : " arguments") + ": " + usage + "; it was given "
                        + args.size());
            }
            @SuppressWarnings("unchecked")
            List<TemplateModel> models = (List<TemplateModel>) args;
            for (TemplateModel m : models) {
                if (m == null) {
                    throw new TemplateModelException("vn." + name + " was given a missing value: " + usage);
                }
            }
            return body.apply(models);
        };
    }

    private static int wholeNumber(TemplateModel model, String function) throws TemplateModelException {
        if (model instanceof TemplateNumberModel n) {
            try {
                return decimal(n.getAsNumber(), "vn." + function).intValueExact();
            } catch (ArithmeticException | UnformattableValueException e) {
                throw new TemplateModelException("vn." + function + " needs whole numbers, not "
                        + n.getAsNumber());
            }
        }
        if (model instanceof TemplateScalarModel s && s.getAsString().strip().matches("\\d{1,9}")) {
            return Integer.parseInt(s.getAsString().strip());
        }
        throw new TemplateModelException("vn." + function + " needs whole numbers, not "
                + ClassUtil.getFTLTypeDescription(model));
    }

    private static String text(TemplateModel model, String function) throws TemplateModelException {
        if (model instanceof TemplateScalarModel s) {
            return s.getAsString();
        }
        throw new TemplateModelException("vn." + function + " needs text, not "
                + ClassUtil.getFTLTypeDescription(model));
    }

    private static LocalDate date(TemplateModel model, String function) throws TemplateModelException {
        if (model instanceof TemplateDateModel d) {
            Date value = d.getAsDate();
            if (value instanceof java.sql.Date sql) {
                return sql.toLocalDate();
            }
            return value.toInstant().atZone(zone()).toLocalDate();
        }
        if (model instanceof WrapperTemplateModel w && w.getWrappedObject() instanceof TemporalAccessor t) {
            try {
                return LocalDate.from(t);
            } catch (DateTimeException e) {
                throw new TemplateModelException("vn." + function + " needs a date, not " + t);
            }
        }
        if (model instanceof TemplateScalarModel s) {
            String text = s.getAsString().strip();
            Matcher shortDate = SHORT_DATE.matcher(text);
            try {
                if (shortDate.matches()) {
                    return LocalDate.of(Integer.parseInt(shortDate.group(3)), Integer.parseInt(shortDate.group(2)),
                            Integer.parseInt(shortDate.group(1)));
                }
                return LocalDate.parse(text);
            } catch (DateTimeException e) {
                throw new TemplateModelException("vn." + function + " needs a date written 2023-12-25 or"
                        + " 25/12/2023, not \"" + text + "\"");
            }
        }
        throw new TemplateModelException("vn." + function + " needs a date, not "
                + ClassUtil.getFTLTypeDescription(model));
    }

    private static ZoneId zone() {
        Environment env = Environment.getCurrentEnvironment();
        return env == null ? FreemarkerSettings.ZONE : env.getTimeZone().toZoneId();
    }
}
