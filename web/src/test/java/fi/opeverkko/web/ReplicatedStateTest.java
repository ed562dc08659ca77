package fi.opeverkko.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.primefaces.model.LazyDataModel;

/**
 * What a session holds is copied to the other node of a cluster (the web module is {@code
 * <distributable/>}, see ARCHITECTURE.md "Two nodes"): the session-scoped beans, and the
 * view-scoped ones inside the Faces views kept in the session. WildFly serializes them, so each of
 * them, and everything their fields hold, must be serializable, or the session is not replicated
 * and a user loses it when their node stops. Injected fields are the container's proxies, which
 * are.
 */
class ReplicatedStateTest {

  private static final String OWN = "fi.opeverkko.";

  /** The collections' interfaces: what the portal puts in them (List.of, ArrayList...) is. */
  private static final Set<Class<?>> SERIALIZED_CONTAINERS =
      Set.of(List.class, Set.class, Map.class, Collection.class);

  @Test
  @DisplayName("Session- and view-scoped beans hold only what can be replicated")
  void everythingASessionHoldsIsSerializable() {
    Set<String> problems = new TreeSet<>();
    Set<Type> checked = new HashSet<>();
    for (JavaClass bean :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fi.opeverkko.web")) {
      Class<?> type = bean.reflect();
      if (type.isAnnotationPresent(SessionScoped.class)
          || type.isAnnotationPresent(ViewScoped.class)
          || LazyDataModel.class.isAssignableFrom(type)) {
        check(type, type.getName(), problems, checked);
      }
    }
    assertEquals(Set.of(), problems);
  }

  private static void check(Type type, String path, Set<String> problems, Set<Type> checked) {
    if (!checked.add(type)) {
      return;
    }
    if (type instanceof ParameterizedType parameterized) {
      check(parameterized.getRawType(), path, problems, checked);
      for (Type argument : parameterized.getActualTypeArguments()) {
        check(argument, path + "<>", problems, checked);
      }
    } else if (type instanceof GenericArrayType array) {
      check(array.getGenericComponentType(), path, problems, checked);
    } else if (type instanceof WildcardType wildcard) {
      for (Type bound : wildcard.getUpperBounds()) {
        check(bound, path, problems, checked);
      }
    } else if (type instanceof Class<?> raw) {
      checkClass(raw, path, problems, checked);
    }
    // A type variable is bound by the class that uses it, where its argument is checked.
  }

  private static void checkClass(
      Class<?> type, String path, Set<String> problems, Set<Type> checked) {
    if (type.isPrimitive() || type == Object.class || SERIALIZED_CONTAINERS.contains(type)) {
      return;
    }
    if (type.isArray()) {
      check(type.getComponentType(), path, problems, checked);
      return;
    }
    if (!Serializable.class.isAssignableFrom(type)) {
      problems.add(path + ": " + type.getName() + " is not Serializable");
      return;
    }
    if (!type.getName().startsWith(OWN)) {
      return;
    }
    // A library's own classes (PrimeFaces' LazyDataModel) are its concern.
    for (Class<?> level = type; level != null && level.getName().startsWith(OWN); ) {
      for (Field field : level.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers())
            && !Modifier.isTransient(field.getModifiers())
            && !field.isSynthetic()
            && !field.isAnnotationPresent(Inject.class)
            && !field.isAnnotationPresent(EJB.class)) {
          check(field.getGenericType(), path + "." + field.getName(), problems, checked);
        }
      }
      level = level.getSuperclass();
    }
  }
}
