package vn.tongket.docx;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Pattern;

import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.Version;

/**
 * The one FreeMarker configuration every Word template is compiled with. Templates are edited by users, so they
 * are treated as untrusted code: no class instantiation, no {@code ?api}, no evaluation of strings as code, and a
 * data model of plain maps, lists, strings, numbers, booleans and records (whose components are the only members
 * visible). The only additions are Vietnamese number formats and the {@code vn} functions
 * ({@link VietnameseFormats}), which take values and give text. Shared and never modified after creation, so it is
 * safe for concurrent use.
 */
final class FreemarkerSettings {

    static final Version VERSION = Configuration.VERSION_2_3_34;

    static final TimeZone TIME_ZONE = TimeZone.getTimeZone("Asia/Ho_Chi_Minh");
    static final ZoneId ZONE = TIME_ZONE.toZoneId();

    /** Built-ins that turn strings into code or reach Java objects: refused when a template is compiled. */
    private static final Pattern FORBIDDEN_BUILT_IN =
            Pattern.compile("\\?\\s*(new|api|eval|eval_json|evalJson|interpret)(?![\\p{L}\\p{N}_$])");

    static final Configuration CONFIGURATION = create();

    private FreemarkerSettings() {
    }

    private static Configuration create() {
        Configuration cfg = new Configuration(VERSION);
        cfg.setTagSyntax(Configuration.ANGLE_BRACKET_TAG_SYNTAX);
        // #{...} and [=...] stay plain text
        cfg.setInterpolationSyntax(Configuration.DOLLAR_INTERPOLATION_SYNTAX);
        cfg.setOutputFormat(WordXmlOutputFormat.INSTANCE);
        cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        cfg.setRecognizeStandardFileExtensions(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(objectWrapper());
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocale(Locale.of("vi", "VN"));
        cfg.setTimeZone(TIME_ZONE);
        // the data model passes numbers formatted already; a raw number must never get locale grouping
        cfg.setNumberFormat("computer");
        // Vietnamese formatting on request: ${x?string.@money_ty}, ${vn.dateLine(d)}, ... (see VietnameseFormats)
        cfg.setCustomNumberFormats(VietnameseFormats.numberFormats());
        cfg.setSharedVariable(VietnameseFormats.FUNCTIONS, VietnameseFormats.functions());
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocalizedLookup(false);
        // columns in error positions count characters
        cfg.setTabSize(1);
        return cfg;
    }

    private static freemarker.template.ObjectWrapper objectWrapper() {
        DefaultObjectWrapperBuilder b = new DefaultObjectWrapperBuilder(VERSION);
        b.setMemberAccessPolicy(new RecordComponentsOnly());
        b.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        b.setDOMNodeSupport(false);
        b.setJythonSupport(false);
        return b.build();
    }

    /** The first forbidden built-in used in a token ({@code ?new}, {@code ?api}, ...), or null. */
    static String forbiddenBuiltIn(String ftl) {
        var m = FORBIDDEN_BUILT_IN.matcher(ftl);
        return m.find() ? "?" + m.group(1) : null;
    }

    /**
     * Java objects other than maps, lists, strings, numbers and booleans (which FreeMarker wraps without reflection)
     * show nothing but their record components: no methods, no fields, no constructors, no {@code getClass()}.
     */
    private static final class RecordComponentsOnly implements MemberAccessPolicy, ClassMemberAccessPolicy {

        @Override
        public ClassMemberAccessPolicy forClass(Class<?> contextClass) {
            return this;
        }

        @Override
        public boolean isMethodExposed(Method method) {
            Class<?> owner = method.getDeclaringClass();
            return owner.isRecord() && method.getParameterCount() == 0
                    && Arrays.stream(owner.getRecordComponents()).anyMatch(c -> c.getAccessor().equals(method));
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
            return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
            return false;
        }

        @Override
        public boolean isToStringAlwaysExposed() {
            return true;
        }
    }
}
