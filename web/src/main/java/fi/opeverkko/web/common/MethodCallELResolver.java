package fi.opeverkko.web.common;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.LambdaExpression;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Method calls in the pages' value expressions ({@code #{row.request()}}, {@code
 * #{hours.format(x)}}, {@code #{userSession.may('CITY')}}), with the method looked up once per
 * class, name and number of arguments.
 *
 * <p>Why: the EL implementation's own resolver copies every public method of the class on each call
 * ({@code Class.getMethods()} in {@code ELUtil.findMethod}). The pages call record accessors and
 * formatters in every table cell, and that lookup was 4–6 % of WildFly's CPU in the profiles of
 * issue 18. A call this resolver does not answer with certainty (an overloaded name, variable
 * arguments, declared parameter types, a method of a class it may not call) goes on to the standard
 * resolvers unchanged.
 */
public final class MethodCallELResolver extends ELResolver {

  private static final ClassValue<Map<String, Optional<Method>>> METHODS =
      new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  @Override
  public Object invoke(
      ELContext context, Object base, Object name, Class<?>[] paramTypes, Object[] params) {
    if (base == null || name == null || paramTypes != null) {
      return null;
    }
    Object[] arguments = params == null ? new Object[0] : params;
    Optional<Method> method =
        METHODS
            .get(base.getClass())
            .computeIfAbsent(
                name + "/" + arguments.length,
                key -> onlyCallable(base.getClass(), name.toString(), arguments.length));
    if (method.isEmpty()) {
      return null;
    }
    Object result = call(context, method.get(), base, arguments);
    context.setPropertyResolved(base, name);
    return result;
  }

  /** The one public method of that name and arity, if there is exactly one and it may be called. */
  static Optional<Method> onlyCallable(Class<?> type, String name, int arity) {
    List<Method> candidates =
        Arrays.stream(type.getMethods())
            .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity)
            .toList();
    if (candidates.size() != 1 || candidates.get(0).isVarArgs()) {
      return Optional.empty();
    }
    Method method = candidates.get(0);
    boolean callable =
        Modifier.isPublic(method.getDeclaringClass().getModifiers()) || method.trySetAccessible();
    return callable ? Optional.of(method) : Optional.empty();
  }

  private static Object call(ELContext context, Method method, Object base, Object[] params) {
    Class<?>[] types = method.getParameterTypes();
    Object[] arguments = new Object[params.length];
    for (int i = 0; i < params.length; i++) {
      if (params[i] instanceof LambdaExpression lambda) {
        lambda.setELContext(context);
      }
      arguments[i] = context.convertToType(params[i], types[i]);
    }
    try {
      return method.invoke(base, arguments);
    } catch (InvocationTargetException e) {
      throw new ELException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new ELException(e);
    }
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // Only method calls are answered here; properties are the standard resolvers'.
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }
}
